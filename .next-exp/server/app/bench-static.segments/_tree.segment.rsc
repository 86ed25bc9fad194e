:HL["/_next/static/chunks/12-xppc7bck2_.css","style"]
3:[["children",{"s":"__PAGE__","h":160}]]
2:[["children",{"s":"bench-static","h":96,"c":"$Q3"}]]
1:[["children",{"s":"(bench)","h":112,"c":"$Q2"}]]
0:{"b":"712RKuuKqUD73KaX0Ev9D","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
