module.exports=[59711,c=>c.a(async(a,t)=>{try{var e=await c.y("@electric-sql/pglite-7966c14983af6418/contrib/unaccent");c.n(e),t()}catch(c){t(c)}},!0)];

//# sourceMappingURL=%5Bexternals%5D_%40electric-sql_pglite_contrib_unaccent_102w_wl0g2n7n._.js.map