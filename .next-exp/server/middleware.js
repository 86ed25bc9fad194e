var R=require("./chunks/[turbopack]_runtime.js")("server/middleware.js")
R.c("server/chunks/[root-of-the-server]__09f0n0blhms81._.js")
R.c("server/chunks/[root-of-the-server]__12627sh7098_3._.js")
R.c("server/chunks/node_modules_drizzle-orm_0z7d92nmpd00j._.js")
R.m(37829)
module.exports=R.m(37829).exports
