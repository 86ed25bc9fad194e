var R=require("../../../../chunks/[turbopack]_runtime.js")("server/app/api/bench/query-count/route.js")
R.c("server/chunks/[root-of-the-server]__208z8_rels9da._.js")
R.c("server/chunks/_02-3y0rasdwoj._.js")
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js")
R.c("server/chunks/node_modules_drizzle-orm_0cda2_s2q2hfb._.js")
R.c("server/chunks/db_client_ts_08a2kmxutvtsg._.js")
R.c("server/chunks/_next-internal_server_app_api_bench_query-count_route_actions_0awwcolzerzpa.js")
R.m(6706)
module.exports=R.m(6706).exports
