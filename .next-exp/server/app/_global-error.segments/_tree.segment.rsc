1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"712RKuuKqUD73KaX0Ev9D","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
