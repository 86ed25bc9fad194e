module.exports=[29630,a=>a.a(async(c,t)=>{try{var e=await a.y("postgres-3f98aac8c9563034");a.n(e),t()}catch(a){t(a)}},!0)];

//# sourceMappingURL=%5Bexternals%5D_postgres_0uhlo6ym5u7od._.js.map