1:"$Sreact.fragment"
2:"/_next/static/chunks/34yvlb06ya3md.js"
3:I[22016,["$2"],""]
5:I[39756,["$2"],"default"]
6:I[37457,["$2"],"default"]
9:I[97367,["$2"],"OutletBoundary"]
a:"$Sreact.suspense"
c:"ViewportBoundary"
d:I[97367,["$2"],"$c"]
f:"MetadataBoundary"
10:I[97367,["$2"],"$f"]
12:I[68027,[],"default",1]
:HL["/_next/static/chunks/12-xppc7bck2_.css","style"]
7:X
8:[["children",{"s":"__PAGE__","h":512,"d":{"r":["$","$1","c",{"children":[null,null,["$","$L9",null,{"children":["$","$a",null,{"name":"Next.MetadataOutlet","children":"$@b"}]}]]}],"p":false,"v":null}}]]
4:[["children",{"s":"/_not-found","h":512,"d":{"r":["$","$1","c",{"children":[null,["$","$L5",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L6",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":"$undefined","forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":false,"v":"$7"},"c":"$Q8"}]]
0:{"P":null,"c":["","_not-found"],"q":"","i":false,"t":{"t":{"s":"","h":528,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/12-xppc7bck2_.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}],["$","script","script-0",{"src":"/_next/static/chunks/34yvlb06ya3md.js","async":true,"nonce":"$undefined"}]],["$","html",null,{"lang":"en","children":["$","body",null,{"className":"min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100","children":["$","main",null,{"className":"mx-auto max-w-xl px-6 py-24","children":[["$","p",null,{"className":"font-serif text-2xl font-bold","children":"Factdesk"}],["$","h1",null,{"className":"mt-6 text-3xl font-semibold","children":"Page not found · Page introuvable"}],["$","p",null,{"className":"mt-4","children":[["$","$L3",null,{"href":"/en","className":"underline","children":"Go to the English site"}]," · ",["$","$L3",null,{"href":"/fr","className":"underline","lang":"fr","children":"Aller au site en français"}]]}]]}]}]}]]}],"p":false,"v":null},"c":"$Q4"},"h":{"r":["$","$1","h",{"children":[["$","meta",null,{"name":"robots","content":"noindex"}],["$","$Ld",null,{"children":"$Le"}],["$","$L10",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$a",null,{"name":"Next.Metadata","children":"$L11"}]}],null]}],null]}],"p":false,"v":null}},"m":"$undefined","G":["$12",[]],"S":true,"r":"$undefined","s":"$undefined","a":"$undefined","l":"$undefined","p":"$undefined","d":"$undefined","b":"712RKuuKqUD73KaX0Ev9D"}
7:C
e:[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]
b:null
11:[["$","title","0",{"children":"Page not found · Factdesk"}]]
