module.exports=[29630,a=>a.a(async(b,c)=>{try{var d=await a.y("postgres-3f98aac8c9563034");a.n(d),c()}catch(a){c(a)}},!0)];

//# sourceMappingURL=%5Bexternals%5D_postgres_0uhlo6ym5u7od._.js.map