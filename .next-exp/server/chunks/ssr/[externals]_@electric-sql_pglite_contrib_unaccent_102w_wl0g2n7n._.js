module.exports=[59711,a=>a.a(async(b,c)=>{try{var d=await a.y("@electric-sql/pglite-7966c14983af6418/contrib/unaccent");a.n(d),c()}catch(a){c(a)}},!0)];

//# sourceMappingURL=%5Bexternals%5D_%40electric-sql_pglite_contrib_unaccent_102w_wl0g2n7n._.js.map