Creator "igraph version 1.0.0 Mon Dec  7 20:19:10 2026"
Version 1
graph
[
  directed 1
  node
  [
    id 0
    name "1"
    age "33"
    department "4"
    level "3"
    levellabel "manager"
    tenure "9.333"
  ]
  node
  [
    id 1
    name "2"
    age "42"
    department "4"
    level "2"
    levellabel "vice_president"
    tenure "19.583"
  ]
  node
  [
    id 2
    name "3"
    age "40"
    department "2"
    level "3"
    levellabel "manager"
    tenure "12.75"
  ]
  node
  [
    id 3
    name "4"
    age "33"
    department "4"
    level "3"
    levellabel "manager"
    tenure "7.5"
  ]
  node
  [
    id 4
    name "5"
    age "32"
    department "2"
    level "3"
    levellabel "manager"
    tenure "3.333"
  ]
  node
  [
    id 5
    name "6"
    age "59"
    department "1"
    level "3"
    levellabel "manager"
    tenure "28"
  ]
  node
  [
    id 6
    name "7"
    age "55"
    department "0"
    level "1"
    levellabel "CEO"
    tenure "30"
  ]
  node
  [
    id 7
    name "8"
    age "34"
    department "1"
    level "3"
    levellabel "manager"
    tenure "11.333"
  ]
  node
  [
    id 8
    name "9"
    age "62"
    department "2"
    level "3"
    levellabel "manager"
    tenure "5.417"
  ]
  node
  [
    id 9
    name "10"
    age "37"
    department "3"
    level "3"
    levellabel "manager"
    tenure "9.25"
  ]
  node
  [
    id 10
    name "11"
    age "46"
    department "3"
    level "3"
    levellabel "manager"
    tenure "27"
  ]
  node
  [
    id 11
    name "12"
    age "34"
    department "1"
    level "3"
    levellabel "manager"
    tenure "8.917"
  ]
  node
  [
    id 12
    name "13"
    age "48"
    department "2"
    level "3"
    levellabel "manager"
    tenure "0.25"
  ]
  node
  [
    id 13
    name "14"
    age "43"
    department "2"
    level "2"
    levellabel "vice_president"
    tenure "10.417"
  ]
  node
  [
    id 14
    name "15"
    age "40"
    department "2"
    level "3"
    levellabel "manager"
    tenure "8.417"
  ]
  node
  [
    id 15
    name "16"
    age "27"
    department "4"
    level "3"
    levellabel "manager"
    tenure "4.667"
  ]
  node
  [
    id 16
    name "17"
    age "30"
    department "1"
    level "3"
    levellabel "manager"
    tenure "12.417"
  ]
  node
  [
    id 17
    name "18"
    age "33"
    department "3"
    level "2"
    levellabel "vice_president"
    tenure "9.083"
  ]
  node
  [
    id 18
    name "19"
    age "32"
    department "2"
    level "3"
    levellabel "manager"
    tenure "4.833"
  ]
  node
  [
    id 19
    name "20"
    age "38"
    department "2"
    level "3"
    levellabel "manager"
    tenure "11.667"
  ]
  node
  [
    id 20
    name "21"
    age "36"
    department "1"
    level "2"
    levellabel "vice_president"
    tenure "12.5"
  ]
  edge
  [
    source 0
    target 1
    weight 1
  ]
  edge
  [
    source 0
    target 3
    weight 1
  ]
  edge
  [
    source 0
    target 7
    weight 1
  ]
  edge
  [
    source 0
    target 15
    weight 1
  ]
  edge
  [
    source 0
    target 17
    weight 1
  ]
  edge
  [
    source 0
    target 20
    weight 1
  ]
  edge
  [
    source 1
    target 5
    weight 1
  ]
  edge
  [
    source 1
    target 6
    weight 1
  ]
  edge
  [
    source 1
    target 20
    weight 1
  ]
  edge
  [
    source 2
    target 0
    weight 1
  ]
  edge
  [
    source 2
    target 1
    weight 1
  ]
  edge
  [
    source 2
    target 3
    weight 1
  ]
  edge
  [
    source 2
    target 5
    weight 1
  ]
  edge
  [
    source 2
    target 6
    weight 1
  ]
  edge
  [
    source 2
    target 7
    weight 1
  ]
  edge
  [
    source 2
    target 8
    weight 1
  ]
  edge
  [
    source 2
    target 9
    weight 1
  ]
  edge
  [
    source 2
    target 10
    weight 1
  ]
  edge
  [
    source 2
    target 11
    weight 1
  ]
  edge
  [
    source 2
    target 13
    weight 1
  ]
  edge
  [
    source 2
    target 16
    weight 1
  ]
  edge
  [
    source 2
    target 17
    weight 1
  ]
  edge
  [
    source 2
    target 19
    weight 1
  ]
  edge
  [
    source 2
    target 20
    weight 1
  ]
  edge
  [
    source 3
    target 0
    weight 1
  ]
  edge
  [
    source 3
    target 1
    weight 1
  ]
  edge
  [
    source 3
    target 5
    weight 1
  ]
  edge
  [
    source 3
    target 7
    weight 1
  ]
  edge
  [
    source 3
    target 9
    weight 1
  ]
  edge
  [
    source 3
    target 10
    weight 1
  ]
  edge
  [
    source 3
    target 11
    weight 1
  ]
  edge
  [
    source 3
    target 15
    weight 1
  ]
  edge
  [
    source 3
    target 16
    weight 1
  ]
  edge
  [
    source 3
    target 17
    weight 1
  ]
  edge
  [
    source 3
    target 19
    weight 1
  ]
  edge
  [
    source 3
    target 20
    weight 1
  ]
  edge
  [
    source 4
    target 0
    weight 1
  ]
  edge
  [
    source 4
    target 1
    weight 1
  ]
  edge
  [
    source 4
    target 5
    weight 1
  ]
  edge
  [
    source 4
    target 6
    weight 1
  ]
  edge
  [
    source 4
    target 7
    weight 1
  ]
  edge
  [
    source 4
    target 9
    weight 1
  ]
  edge
  [
    source 4
    target 10
    weight 1
  ]
  edge
  [
    source 4
    target 12
    weight 1
  ]
  edge
  [
    source 4
    target 13
    weight 1
  ]
  edge
  [
    source 4
    target 15
    weight 1
  ]
  edge
  [
    source 4
    target 16
    weight 1
  ]
  edge
  [
    source 4
    target 17
    weight 1
  ]
  edge
  [
    source 4
    target 18
    weight 1
  ]
  edge
  [
    source 4
    target 19
    weight 1
  ]
  edge
  [
    source 4
    target 20
    weight 1
  ]
  edge
  [
    source 5
    target 20
    weight 1
  ]
  edge
  [
    source 6
    target 1
    weight 1
  ]
  edge
  [
    source 6
    target 5
    weight 1
  ]
  edge
  [
    source 6
    target 10
    weight 1
  ]
  edge
  [
    source 6
    target 11
    weight 1
  ]
  edge
  [
    source 6
    target 13
    weight 1
  ]
  edge
  [
    source 6
    target 16
    weight 1
  ]
  edge
  [
    source 6
    target 17
    weight 1
  ]
  edge
  [
    source 6
    target 20
    weight 1
  ]
  edge
  [
    source 7
    target 1
    weight 1
  ]
  edge
  [
    source 7
    target 3
    weight 1
  ]
  edge
  [
    source 7
    target 5
    weight 1
  ]
  edge
  [
    source 7
    target 6
    weight 1
  ]
  edge
  [
    source 7
    target 9
    weight 1
  ]
  edge
  [
    source 7
    target 10
    weight 1
  ]
  edge
  [
    source 7
    target 17
    weight 1
  ]
  edge
  [
    source 7
    target 20
    weight 1
  ]
  edge
  [
    source 8
    target 0
    weight 1
  ]
  edge
  [
    source 8
    target 1
    weight 1
  ]
  edge
  [
    source 8
    target 5
    weight 1
  ]
  edge
  [
    source 8
    target 6
    weight 1
  ]
  edge
  [
    source 8
    target 7
    weight 1
  ]
  edge
  [
    source 8
    target 9
    weight 1
  ]
  edge
  [
    source 8
    target 10
    weight 1
  ]
  edge
  [
    source 8
    target 11
    weight 1
  ]
  edge
  [
    source 8
    target 13
    weight 1
  ]
  edge
  [
    source 8
    target 15
    weight 1
  ]
  edge
  [
    source 8
    target 16
    weight 1
  ]
  edge
  [
    source 8
    target 17
    weight 1
  ]
  edge
  [
    source 8
    target 20
    weight 1
  ]
  edge
  [
    source 9
    target 0
    weight 1
  ]
  edge
  [
    source 9
    target 1
    weight 1
  ]
  edge
  [
    source 9
    target 2
    weight 1
  ]
  edge
  [
    source 9
    target 3
    weight 1
  ]
  edge
  [
    source 9
    target 4
    weight 1
  ]
  edge
  [
    source 9
    target 7
    weight 1
  ]
  edge
  [
    source 9
    target 10
    weight 1
  ]
  edge
  [
    source 9
    target 12
    weight 1
  ]
  edge
  [
    source 9
    target 14
    weight 1
  ]
  edge
  [
    source 9
    target 15
    weight 1
  ]
  edge
  [
    source 9
    target 16
    weight 1
  ]
  edge
  [
    source 9
    target 17
    weight 1
  ]
  edge
  [
    source 9
    target 18
    weight 1
  ]
  edge
  [
    source 9
    target 19
    weight 1
  ]
  edge
  [
    source 10
    target 0
    weight 1
  ]
  edge
  [
    source 10
    target 1
    weight 1
  ]
  edge
  [
    source 10
    target 6
    weight 1
  ]
  edge
  [
    source 11
    target 6
    weight 1
  ]
  edge
  [
    source 11
    target 20
    weight 1
  ]
  edge
  [
    source 12
    target 0
    weight 1
  ]
  edge
  [
    source 12
    target 1
    weight 1
  ]
  edge
  [
    source 12
    target 4
    weight 1
  ]
  edge
  [
    source 12
    target 8
    weight 1
  ]
  edge
  [
    source 12
    target 13
    weight 1
  ]
  edge
  [
    source 12
    target 17
    weight 1
  ]
  edge
  [
    source 13
    target 1
    weight 1
  ]
  edge
  [
    source 13
    target 6
    weight 1
  ]
  edge
  [
    source 13
    target 17
    weight 1
  ]
  edge
  [
    source 13
    target 20
    weight 1
  ]
  edge
  [
    source 14
    target 0
    weight 1
  ]
  edge
  [
    source 14
    target 1
    weight 1
  ]
  edge
  [
    source 14
    target 2
    weight 1
  ]
  edge
  [
    source 14
    target 3
    weight 1
  ]
  edge
  [
    source 14
    target 4
    weight 1
  ]
  edge
  [
    source 14
    target 5
    weight 1
  ]
  edge
  [
    source 14
    target 6
    weight 1
  ]
  edge
  [
    source 14
    target 7
    weight 1
  ]
  edge
  [
    source 14
    target 8
    weight 1
  ]
  edge
  [
    source 14
    target 9
    weight 1
  ]
  edge
  [
    source 14
    target 10
    weight 1
  ]
  edge
  [
    source 14
    target 11
    weight 1
  ]
  edge
  [
    source 14
    target 12
    weight 1
  ]
  edge
  [
    source 14
    target 13
    weight 1
  ]
  edge
  [
    source 14
    target 15
    weight 1
  ]
  edge
  [
    source 14
    target 16
    weight 1
  ]
  edge
  [
    source 14
    target 17
    weight 1
  ]
  edge
  [
    source 14
    target 18
    weight 1
  ]
  edge
  [
    source 14
    target 19
    weight 1
  ]
  edge
  [
    source 14
    target 20
    weight 1
  ]
  edge
  [
    source 15
    target 0
    weight 1
  ]
  edge
  [
    source 15
    target 1
    weight 1
  ]
  edge
  [
    source 15
    target 9
    weight 1
  ]
  edge
  [
    source 15
    target 17
    weight 1
  ]
  edge
  [
    source 16
    target 0
    weight 1
  ]
  edge
  [
    source 16
    target 1
    weight 1
  ]
  edge
  [
    source 16
    target 3
    weight 1
  ]
  edge
  [
    source 16
    target 6
    weight 1
  ]
  edge
  [
    source 16
    target 20
    weight 1
  ]
  edge
  [
    source 17
    target 0
    weight 1
  ]
  edge
  [
    source 17
    target 1
    weight 1
  ]
  edge
  [
    source 17
    target 2
    weight 1
  ]
  edge
  [
    source 17
    target 3
    weight 1
  ]
  edge
  [
    source 17
    target 4
    weight 1
  ]
  edge
  [
    source 17
    target 6
    weight 1
  ]
  edge
  [
    source 17
    target 7
    weight 1
  ]
  edge
  [
    source 17
    target 8
    weight 1
  ]
  edge
  [
    source 17
    target 9
    weight 1
  ]
  edge
  [
    source 17
    target 10
    weight 1
  ]
  edge
  [
    source 17
    target 12
    weight 1
  ]
  edge
  [
    source 17
    target 13
    weight 1
  ]
  edge
  [
    source 17
    target 14
    weight 1
  ]
  edge
  [
    source 17
    target 15
    weight 1
  ]
  edge
  [
    source 17
    target 18
    weight 1
  ]
  edge
  [
    source 17
    target 19
    weight 1
  ]
  edge
  [
    source 17
    target 20
    weight 1
  ]
  edge
  [
    source 18
    target 0
    weight 1
  ]
  edge
  [
    source 18
    target 1
    weight 1
  ]
  edge
  [
    source 18
    target 2
    weight 1
  ]
  edge
  [
    source 18
    target 4
    weight 1
  ]
  edge
  [
    source 18
    target 6
    weight 1
  ]
  edge
  [
    source 18
    target 9
    weight 1
  ]
  edge
  [
    source 18
    target 10
    weight 1
  ]
  edge
  [
    source 18
    target 13
    weight 1
  ]
  edge
  [
    source 18
    target 14
    weight 1
  ]
  edge
  [
    source 18
    target 17
    weight 1
  ]
  edge
  [
    source 18
    target 19
    weight 1
  ]
  edge
  [
    source 19
    target 0
    weight 1
  ]
  edge
  [
    source 19
    target 1
    weight 1
  ]
  edge
  [
    source 19
    target 5
    weight 1
  ]
  edge
  [
    source 19
    target 7
    weight 1
  ]
  edge
  [
    source 19
    target 10
    weight 1
  ]
  edge
  [
    source 19
    target 11
    weight 1
  ]
  edge
  [
    source 19
    target 13
    weight 1
  ]
  edge
  [
    source 19
    target 14
    weight 1
  ]
  edge
  [
    source 19
    target 15
    weight 1
  ]
  edge
  [
    source 19
    target 16
    weight 1
  ]
  edge
  [
    source 19
    target 17
    weight 1
  ]
  edge
  [
    source 19
    target 20
    weight 1
  ]
  edge
  [
    source 20
    target 1
    weight 1
  ]
  edge
  [
    source 20
    target 2
    weight 1
  ]
  edge
  [
    source 20
    target 3
    weight 1
  ]
  edge
  [
    source 20
    target 5
    weight 1
  ]
  edge
  [
    source 20
    target 6
    weight 1
  ]
  edge
  [
    source 20
    target 7
    weight 1
  ]
  edge
  [
    source 20
    target 11
    weight 1
  ]
  edge
  [
    source 20
    target 13
    weight 1
  ]
  edge
  [
    source 20
    target 16
    weight 1
  ]
  edge
  [
    source 20
    target 17
    weight 1
  ]
  edge
  [
    source 20
    target 19
    weight 1
  ]
]
