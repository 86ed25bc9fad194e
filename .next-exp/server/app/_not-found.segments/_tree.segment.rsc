:HL["/_next/static/chunks/12-xppc7bck2_.css","style"]
2:[["children",{"s":"__PAGE__","h":160}]]
1:[["children",{"s":"/_not-found","h":96,"c":"$Q2"}]]
0:{"b":"712RKuuKqUD73KaX0Ev9D","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
