var R=require("../../../chunks/[turbopack]_runtime.js")("server/app/api/health/route.js")
R.c("server/chunks/[root-of-the-server]__1_ulpbvdaqlw5._.js")
R.c("server/chunks/_0061c2q1_b2kh._.js")
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js")
R.c("server/chunks/node_modules_drizzle-orm_0cda2_s2q2hfb._.js")
R.c("server/chunks/db_client_ts_08a2kmxutvtsg._.js")
R.c("server/chunks/_next-internal_server_app_api_health_route_actions_1ryftkbeskq31.js")
R.m(61370)
module.exports=R.m(61370).exports
