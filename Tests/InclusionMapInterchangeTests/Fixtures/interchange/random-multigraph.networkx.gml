graph [
  multigraph 1
  node [
    id 0
    label "n0"
    name "Zo&#235; &#332;tsuka 0"
    department "north, east"
    score 9
  ]
  node [
    id 1
    label "node 1"
    name "Mar&#237;a-Jos&#233; N&#250;&#241;ez 1"
    department "south"
    score 0
  ]
  node [
    id 2
    label "node 2"
    name "O'Brien, &#34;Pat&#34; 2"
    department "west &#34;w&#34;"
    score 2
  ]
  node [
    id 3
    label "n3"
    name "&#26446; &#26126; 3"
    department "west &#34;w&#34;"
    score 3
  ]
  node [
    id 4
    label "node 4"
    name "Line&#10;Break 4"
    department "west &#34;w&#34;"
    score 3
  ]
  node [
    id 5
    label "node 5"
    name "A &#38; B <team> 5"
    department "north, east"
    score 4
  ]
  node [
    id 6
    label "n6"
    name "&#216;rjan 6"
    department "south"
    score 8
  ]
  node [
    id 7
    label "node 7"
    name "]]> end 7"
    department "north, east"
    score 5
  ]
  node [
    id 8
    label "node 8"
    name "Zo&#235; &#332;tsuka 8"
    department "west &#34;w&#34;"
    score 2
  ]
  node [
    id 9
    label "n9"
    name "Mar&#237;a-Jos&#233; N&#250;&#241;ez 9"
    department "north, east"
    score 1
  ]
  node [
    id 10
    label "node 10"
    name "O'Brien, &#34;Pat&#34; 10"
    department "west &#34;w&#34;"
    score 1
  ]
  node [
    id 11
    label "node 11"
    name "&#26446; &#26126; 11"
    department "west &#34;w&#34;"
    score 5
  ]
  node [
    id 12
    label "n12"
    name "Line&#10;Break 12"
    department "south"
    score 5
  ]
  node [
    id 13
    label "node 13"
    name "A &#38; B <team> 13"
    department "south"
    score 6
  ]
  node [
    id 14
    label "node 14"
    name "&#216;rjan 14"
    department "north, east"
    score 7
  ]
  node [
    id 15
    label "n15"
    name "]]> end 15"
    department "west &#34;w&#34;"
    score 8
  ]
  node [
    id 16
    label "node 16"
    name "Zo&#235; &#332;tsuka 16"
    department "south"
    score 6
  ]
  node [
    id 17
    label "node 17"
    name "Mar&#237;a-Jos&#233; N&#250;&#241;ez 17"
    department "north, east"
    score 6
  ]
  node [
    id 18
    label "n18"
    name "O'Brien, &#34;Pat&#34; 18"
    department "west &#34;w&#34;"
    score 9
  ]
  node [
    id 19
    label "node 19"
    name "&#26446; &#26126; 19"
    department "north, east"
    score 6
  ]
  node [
    id 20
    label "node 20"
    name "Line&#10;Break 20"
    department "south"
    score 2
  ]
  node [
    id 21
    label "n21"
    name "A &#38; B <team> 21"
    department "south"
    score 3
  ]
  node [
    id 22
    label "node 22"
    name "&#216;rjan 22"
    department "south"
    score 7
  ]
  node [
    id 23
    label "node 23"
    name "]]> end 23"
    department "south"
    score 3
  ]
  edge [
    source 0
    target 3
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 0
    target 3
    key 1
    relation "advice"
    weight 2.0
  ]
  edge [
    source 0
    target 6
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 0
    target 16
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 0
    target 23
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 0
    target 12
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 0
    target 1
    key 0
    relation "advice"
    weight 3.0
  ]
  edge [
    source 0
    target 1
    key 1
    relation "advice"
    weight 3.0
  ]
  edge [
    source 1
    target 15
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 15
    key 1
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 1
    target 21
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 8
    key 0
    relation "advice"
    weight 0.5
  ]
  edge [
    source 2
    target 17
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 2
    target 17
    key 1
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 2
    target 4
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 2
    target 10
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 2
    target 3
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 2
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 16
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 22
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 3
    target 19
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 3
    target 19
    key 1
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 13
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 3
    target 13
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 4
    target 8
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 4
    target 6
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 5
    target 21
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 5
    target 14
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 5
    target 6
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 6
    target 12
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 6
    target 12
    key 1
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 6
    target 7
    key 0
    relation "advice"
    weight 0.5
  ]
  edge [
    source 6
    target 20
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 6
    target 22
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 6
    target 16
    key 0
    relation "advice"
    weight 0.5
  ]
  edge [
    source 7
    target 21
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 7
    target 22
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 7
    target 10
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 7
    target 8
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 8
    target 14
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 8
    target 14
    key 1
    relation "advice"
    weight 2.0
  ]
  edge [
    source 8
    target 9
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 8
    target 19
    key 0
    relation "advice"
    weight 0.5
  ]
  edge [
    source 9
    target 20
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 9
    target 20
    key 1
    relation "advice"
    weight 0.5
  ]
  edge [
    source 9
    target 10
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 10
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 13
    key 1
    relation "advice"
    weight 2.0
  ]
  edge [
    source 10
    target 22
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 10
    target 16
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 10
    target 11
    key 0
    relation "advice"
    weight 2.0
  ]
  edge [
    source 11
    target 13
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 12
    target 23
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 13
    target 21
    key 0
    relation "friendship"
    weight 0.5
  ]
  edge [
    source 14
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 20
    key 0
    relation "friendship"
    weight 2.0
  ]
  edge [
    source 16
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 20
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 18
    target 19
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 23
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 22
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 22
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
]
