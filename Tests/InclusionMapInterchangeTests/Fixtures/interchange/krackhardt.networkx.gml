graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "1"
    name "Manager 1"
    department "4"
    age "33"
    tenure "9.333"
    level "3"
    level_label "manager"
  ]
  node [
    id 1
    label "2"
    name "Manager 2"
    department "4"
    age "42"
    tenure "19.583"
    level "2"
    level_label "vice_president"
  ]
  node [
    id 2
    label "3"
    name "Manager 3"
    department "2"
    age "40"
    tenure "12.75"
    level "3"
    level_label "manager"
  ]
  node [
    id 3
    label "4"
    name "Manager 4"
    department "4"
    age "33"
    tenure "7.5"
    level "3"
    level_label "manager"
  ]
  node [
    id 4
    label "5"
    name "Manager 5"
    department "2"
    age "32"
    tenure "3.333"
    level "3"
    level_label "manager"
  ]
  node [
    id 5
    label "6"
    name "Manager 6"
    department "1"
    age "59"
    tenure "28"
    level "3"
    level_label "manager"
  ]
  node [
    id 6
    label "7"
    name "Manager 7"
    department "0"
    age "55"
    tenure "30"
    level "1"
    level_label "CEO"
  ]
  node [
    id 7
    label "8"
    name "Manager 8"
    department "1"
    age "34"
    tenure "11.333"
    level "3"
    level_label "manager"
  ]
  node [
    id 8
    label "9"
    name "Manager 9"
    department "2"
    age "62"
    tenure "5.417"
    level "3"
    level_label "manager"
  ]
  node [
    id 9
    label "10"
    name "Manager 10"
    department "3"
    age "37"
    tenure "9.25"
    level "3"
    level_label "manager"
  ]
  node [
    id 10
    label "11"
    name "Manager 11"
    department "3"
    age "46"
    tenure "27"
    level "3"
    level_label "manager"
  ]
  node [
    id 11
    label "12"
    name "Manager 12"
    department "1"
    age "34"
    tenure "8.917"
    level "3"
    level_label "manager"
  ]
  node [
    id 12
    label "13"
    name "Manager 13"
    department "2"
    age "48"
    tenure "0.25"
    level "3"
    level_label "manager"
  ]
  node [
    id 13
    label "14"
    name "Manager 14"
    department "2"
    age "43"
    tenure "10.417"
    level "2"
    level_label "vice_president"
  ]
  node [
    id 14
    label "15"
    name "Manager 15"
    department "2"
    age "40"
    tenure "8.417"
    level "3"
    level_label "manager"
  ]
  node [
    id 15
    label "16"
    name "Manager 16"
    department "4"
    age "27"
    tenure "4.667"
    level "3"
    level_label "manager"
  ]
  node [
    id 16
    label "17"
    name "Manager 17"
    department "1"
    age "30"
    tenure "12.417"
    level "3"
    level_label "manager"
  ]
  node [
    id 17
    label "18"
    name "Manager 18"
    department "3"
    age "33"
    tenure "9.083"
    level "2"
    level_label "vice_president"
  ]
  node [
    id 18
    label "19"
    name "Manager 19"
    department "2"
    age "32"
    tenure "4.833"
    level "3"
    level_label "manager"
  ]
  node [
    id 19
    label "20"
    name "Manager 20"
    department "2"
    age "38"
    tenure "11.667"
    level "3"
    level_label "manager"
  ]
  node [
    id 20
    label "21"
    name "Manager 21"
    department "1"
    age "36"
    tenure "12.5"
    level "2"
    level_label "vice_president"
  ]
  edge [
    source 0
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 17
    key 0
    relation "advice"
    weight 1.0
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
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 5
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 7
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 8
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 19
    key 0
    relation "advice"
    weight 1.0
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
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
]
