graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "1"
    name "Lawyer 1"
    department "Boston"
    status "partner"
    gender "man"
    seniority "31"
    age "64"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 1
    label "2"
    name "Lawyer 2"
    department "Boston"
    status "partner"
    gender "man"
    seniority "32"
    age "62"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 2
    label "3"
    name "Lawyer 3"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "13"
    age "67"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 3
    label "4"
    name "Lawyer 4"
    department "Boston"
    status "partner"
    gender "man"
    seniority "31"
    age "59"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 4
    label "5"
    name "Lawyer 5"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "31"
    age "59"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 5
    label "6"
    name "Lawyer 6"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "29"
    age "55"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 6
    label "7"
    name "Lawyer 7"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "29"
    age "63"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 7
    label "8"
    name "Lawyer 8"
    department "Boston"
    status "partner"
    gender "man"
    seniority "28"
    age "53"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 8
    label "9"
    name "Lawyer 9"
    department "Boston"
    status "partner"
    gender "man"
    seniority "25"
    age "53"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 9
    label "10"
    name "Lawyer 10"
    department "Boston"
    status "partner"
    gender "man"
    seniority "25"
    age "53"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 10
    label "11"
    name "Lawyer 11"
    department "Boston"
    status "partner"
    gender "man"
    seniority "23"
    age "50"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 11
    label "12"
    name "Lawyer 12"
    department "Boston"
    status "partner"
    gender "man"
    seniority "24"
    age "52"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 12
    label "13"
    name "Lawyer 13"
    department "Boston"
    status "partner"
    gender "man"
    seniority "22"
    age "57"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 13
    label "14"
    name "Lawyer 14"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "1"
    age "56"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 14
    label "15"
    name "Lawyer 15"
    department "Providence"
    status "partner"
    gender "man"
    seniority "21"
    age "48"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 15
    label "16"
    name "Lawyer 16"
    department "Boston"
    status "partner"
    gender "man"
    seniority "20"
    age "46"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 16
    label "17"
    name "Lawyer 17"
    department "Boston"
    status "partner"
    gender "man"
    seniority "23"
    age "50"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 17
    label "18"
    name "Lawyer 18"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "18"
    age "45"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 18
    label "19"
    name "Lawyer 19"
    department "Boston"
    status "partner"
    gender "man"
    seniority "19"
    age "46"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 19
    label "20"
    name "Lawyer 20"
    department "Boston"
    status "partner"
    gender "man"
    seniority "19"
    age "49"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 20
    label "21"
    name "Lawyer 21"
    department "Boston"
    status "partner"
    gender "man"
    seniority "17"
    age "43"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 21
    label "22"
    name "Lawyer 22"
    department "Boston"
    status "partner"
    gender "man"
    seniority "9"
    age "49"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 22
    label "23"
    name "Lawyer 23"
    department "Boston"
    status "partner"
    gender "man"
    seniority "16"
    age "45"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 23
    label "24"
    name "Lawyer 24"
    department "Boston"
    status "partner"
    gender "man"
    seniority "15"
    age "44"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 24
    label "25"
    name "Lawyer 25"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "15"
    age "43"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 25
    label "26"
    name "Lawyer 26"
    department "Boston"
    status "partner"
    gender "man"
    seniority "15"
    age "41"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 26
    label "27"
    name "Lawyer 27"
    department "Boston"
    status "partner"
    gender "woman"
    seniority "13"
    age "47"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 27
    label "28"
    name "Lawyer 28"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "11"
    age "38"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 28
    label "29"
    name "Lawyer 29"
    department "Boston"
    status "partner"
    gender "woman"
    seniority "10"
    age "38"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 29
    label "30"
    name "Lawyer 30"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "7"
    age "39"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 30
    label "31"
    name "Lawyer 31"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "8"
    age "34"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 31
    label "32"
    name "Lawyer 32"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "8"
    age "33"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 32
    label "33"
    name "Lawyer 33"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "8"
    age "37"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 33
    label "34"
    name "Lawyer 34"
    department "Boston"
    status "partner"
    gender "woman"
    seniority "8"
    age "36"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 34
    label "35"
    name "Lawyer 35"
    department "Hartford"
    status "partner"
    gender "man"
    seniority "8"
    age "33"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 35
    label "36"
    name "Lawyer 36"
    department "Boston"
    status "partner"
    gender "man"
    seniority "5"
    age "43"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 36
    label "37"
    name "Lawyer 37"
    department "Providence"
    status "associate"
    gender "man"
    seniority "5"
    age "44"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 37
    label "38"
    name "Lawyer 38"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "7"
    age "53"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 38
    label "39"
    name "Lawyer 39"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "6"
    age "37"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 39
    label "40"
    name "Lawyer 40"
    department "Boston"
    status "associate"
    gender "man"
    seniority "6"
    age "34"
    practice "litigation"
    law_school "harvard_yale"
  ]
  node [
    id 40
    label "41"
    name "Lawyer 41"
    department "Boston"
    status "associate"
    gender "man"
    seniority "5"
    age "31"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 41
    label "42"
    name "Lawyer 42"
    department "Boston"
    status "associate"
    gender "man"
    seniority "4"
    age "31"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 42
    label "43"
    name "Lawyer 43"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "5"
    age "47"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 43
    label "44"
    name "Lawyer 44"
    department "Providence"
    status "associate"
    gender "woman"
    seniority "5"
    age "53"
    practice "corporate"
    law_school "harvard_yale"
  ]
  node [
    id 44
    label "45"
    name "Lawyer 45"
    department "Boston"
    status "associate"
    gender "man"
    seniority "3"
    age "38"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 45
    label "46"
    name "Lawyer 46"
    department "Hartford"
    status "associate"
    gender "woman"
    seniority "3"
    age "42"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 46
    label "47"
    name "Lawyer 47"
    department "Providence"
    status "associate"
    gender "man"
    seniority "3"
    age "38"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 47
    label "48"
    name "Lawyer 48"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "1"
    age "35"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 48
    label "49"
    name "Lawyer 49"
    department "Boston"
    status "associate"
    gender "man"
    seniority "4"
    age "36"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 49
    label "50"
    name "Lawyer 50"
    department "Hartford"
    status "associate"
    gender "man"
    seniority "3"
    age "31"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 50
    label "51"
    name "Lawyer 51"
    department "Hartford"
    status "associate"
    gender "woman"
    seniority "4"
    age "29"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 51
    label "52"
    name "Lawyer 52"
    department "Boston"
    status "associate"
    gender "man"
    seniority "4"
    age "29"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 52
    label "53"
    name "Lawyer 53"
    department "Boston"
    status "associate"
    gender "man"
    seniority "10"
    age "38"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 53
    label "54"
    name "Lawyer 54"
    department "Boston"
    status "associate"
    gender "man"
    seniority "3"
    age "29"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 54
    label "55"
    name "Lawyer 55"
    department "Boston"
    status "associate"
    gender "man"
    seniority "3"
    age "34"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 55
    label "56"
    name "Lawyer 56"
    department "Boston"
    status "associate"
    gender "man"
    seniority "3"
    age "38"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 56
    label "57"
    name "Lawyer 57"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "3"
    age "33"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 57
    label "58"
    name "Lawyer 58"
    department "Hartford"
    status "associate"
    gender "man"
    seniority "3"
    age "33"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 58
    label "59"
    name "Lawyer 59"
    department "Hartford"
    status "associate"
    gender "woman"
    seniority "2"
    age "30"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 59
    label "60"
    name "Lawyer 60"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "2"
    age "31"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 60
    label "61"
    name "Lawyer 61"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "2"
    age "34"
    practice "corporate"
    law_school "other"
  ]
  node [
    id 61
    label "62"
    name "Lawyer 62"
    department "Boston"
    status "associate"
    gender "man"
    seniority "2"
    age "32"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 62
    label "63"
    name "Lawyer 63"
    department "Hartford"
    status "associate"
    gender "man"
    seniority "2"
    age "29"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 63
    label "64"
    name "Lawyer 64"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "2"
    age "45"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 64
    label "65"
    name "Lawyer 65"
    department "Boston"
    status "associate"
    gender "man"
    seniority "2"
    age "28"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 65
    label "66"
    name "Lawyer 66"
    department "Boston"
    status "associate"
    gender "man"
    seniority "1"
    age "43"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 66
    label "67"
    name "Lawyer 67"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "1"
    age "35"
    practice "litigation"
    law_school "uconn"
  ]
  node [
    id 67
    label "68"
    name "Lawyer 68"
    department "Boston"
    status "associate"
    gender "man"
    seniority "1"
    age "26"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 68
    label "69"
    name "Lawyer 69"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "1"
    age "38"
    practice "litigation"
    law_school "other"
  ]
  node [
    id 69
    label "70"
    name "Lawyer 70"
    department "Boston"
    status "associate"
    gender "man"
    seniority "1"
    age "31"
    practice "corporate"
    law_school "uconn"
  ]
  node [
    id 70
    label "71"
    name "Lawyer 71"
    department "Boston"
    status "associate"
    gender "woman"
    seniority "1"
    age "26"
    practice "litigation"
    law_school "uconn"
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
    target 1
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 0
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 0
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 0
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 0
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 0
    target 39
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 0
    target 40
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 0
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 0
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 0
    target 3
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 0
    target 7
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 0
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
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 21
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 1
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 6
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 15
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 1
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 43
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 52
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 1
    target 63
    key 0
    relation "cowork"
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
    target 5
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
    target 13
    key 1
    relation "cowork"
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
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 2
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 2
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 2
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 2
    target 24
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 2
    target 34
    key 0
    relation "cowork"
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
    target 1
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 2
    key 1
    relation "friendship"
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
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 8
    key 1
    relation "friendship"
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
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 11
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 13
    key 2
    relation "friendship"
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
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 18
    key 2
    relation "friendship"
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
    target 19
    key 1
    relation "cowork"
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
    source 3
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 21
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 3
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 28
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 22
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 22
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 30
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 39
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 3
    target 10
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 15
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 3
    target 26
    key 0
    relation "friendship"
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
    target 5
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
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 4
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 17
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 4
    target 23
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 27
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 30
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 31
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 32
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 4
    target 6
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 4
    target 24
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 5
    target 23
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 24
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 27
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 30
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 31
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 32
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 5
    target 67
    key 0
    relation "cowork"
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
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 6
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 6
    target 2
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 6
    target 2
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 6
    target 4
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 6
    target 4
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 6
    target 17
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 6
    target 43
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 6
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 7
    target 0
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
    target 10
    key 1
    relation "friendship"
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
    target 10
    key 1
    relation "friendship"
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
    target 11
    key 1
    relation "cowork"
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
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 3
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 8
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 19
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 59
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 8
    target 20
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 8
    target 22
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 8
    target 23
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 8
    target 26
    key 0
    relation "friendship"
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
    target 1
    key 1
    relation "friendship"
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
    target 16
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 28
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 9
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 7
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 7
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 19
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 30
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 52
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 59
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 9
    target 8
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 10
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 11
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 12
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 20
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 9
    target 37
    key 0
    relation "friendship"
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
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 7
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 10
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 10
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 10
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 10
    target 8
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 8
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 10
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 39
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 40
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 10
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 1
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 7
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 8
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 9
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 10
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 12
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 14
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 15
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 18
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 24
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 28
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 37
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 41
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 11
    target 41
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 11
    target 0
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 4
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 20
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 21
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 23
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 11
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 10
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 11
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 19
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 23
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 25
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 37
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 12
    target 42
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 42
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 30
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 32
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 51
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 66
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 12
    target 3
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 8
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 22
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 12
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 2
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 5
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 15
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 24
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 27
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 13
    target 49
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 49
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 13
    target 6
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 13
    target 19
    key 0
    relation "friendship"
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
    target 1
    key 1
    relation "cowork"
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
    target 5
    key 1
    relation "cowork"
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
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 12
    key 2
    relation "friendship"
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
    target 13
    key 1
    relation "cowork"
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
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 15
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 14
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 14
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 7
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 8
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 11
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 11
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 14
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 19
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 23
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 27
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 34
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 36
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 14
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 43
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 46
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 47
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 14
    target 69
    key 0
    relation "cowork"
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
    target 0
    key 1
    relation "cowork"
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
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 1
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 6
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 8
    key 1
    relation "cowork"
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
    target 9
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 14
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 36
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 36
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 37
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 45
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 47
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 47
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 49
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 52
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 52
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 15
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 41
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 43
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 63
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 15
    target 12
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 15
    target 20
    key 0
    relation "friendship"
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
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 0
    key 2
    relation "friendship"
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
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 1
    key 2
    relation "friendship"
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
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 7
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 8
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 10
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 11
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 13
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 15
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 19
    key 1
    relation "friendship"
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
    source 16
    target 20
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 21
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 38
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 39
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 47
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 16
    target 47
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 9
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 24
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 24
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 41
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 43
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 16
    target 12
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 22
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 16
    target 42
    key 0
    relation "friendship"
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
    target 2
    key 1
    relation "cowork"
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
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 4
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 5
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 17
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 6
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 13
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 27
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 27
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 32
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 32
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 34
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 34
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 49
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 50
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 57
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 17
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 17
    target 62
    key 0
    relation "cowork"
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
    target 0
    key 1
    relation "cowork"
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
    target 1
    key 1
    relation "cowork"
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
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 12
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
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 16
    key 1
    relation "cowork"
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
    source 18
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 21
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 18
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 34
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 18
    target 36
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 36
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 41
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 41
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 42
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 44
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 45
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 45
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 18
    target 52
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 52
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 59
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 59
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 18
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 63
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 69
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 18
    target 69
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 13
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 67
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 18
    target 70
    key 0
    relation "cowork"
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
    target 0
    key 1
    relation "cowork"
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
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 4
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 12
    key 2
    relation "friendship"
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
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 13
    key 2
    relation "friendship"
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
    target 14
    key 1
    relation "cowork"
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
    source 19
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 19
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 39
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 19
    target 8
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 10
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 19
    target 35
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 8
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 10
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 12
    key 1
    relation "friendship"
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
    target 16
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 19
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 23
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 20
    target 26
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 20
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 20
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 20
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 20
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 20
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 20
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 20
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 0
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 1
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 15
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 19
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 21
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 39
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 40
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 46
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 59
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 63
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 67
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 68
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 21
    target 12
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 21
    target 25
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 22
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 22
    target 39
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 40
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 46
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 22
    target 8
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 1
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 9
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 9
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 10
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 11
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 19
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 37
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 42
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 42
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 52
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 23
    target 63
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 4
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 8
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 8
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 14
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 21
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 24
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 24
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 26
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 28
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 34
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 38
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 43
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 47
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 51
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 56
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 66
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 23
    target 3
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 23
    target 22
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 2
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 8
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 11
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 13
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 27
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 24
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 29
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 26
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 34
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 47
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 24
    target 3
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 20
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 23
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 24
    target 25
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 0
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 1
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 8
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 26
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 39
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 25
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 25
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 13
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 27
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 66
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 67
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 68
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 25
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 3
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 8
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 10
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 12
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 19
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 22
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 23
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 28
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 26
    target 56
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 31
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 37
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 42
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 26
    target 48
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 67
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 26
    target 16
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 2
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 2
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 6
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 13
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 15
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 16
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 17
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 24
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 34
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 44
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 45
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 49
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 49
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 62
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 62
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 69
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 27
    target 69
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 19
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 41
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 50
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 27
    target 57
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 27
    target 59
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 8
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 11
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 25
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 28
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 9
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 47
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 59
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 28
    target 23
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 35
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 28
    target 37
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 29
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 2
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 16
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 29
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 24
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 29
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 25
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 29
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 29
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 35
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 29
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 58
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 29
    target 58
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 29
    target 42
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 17
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 25
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 27
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 29
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 32
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 32
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 34
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 40
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 30
    target 49
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 49
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 0
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 6
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 7
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 8
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 13
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 22
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 22
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 24
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 24
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 50
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 51
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 57
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 30
    target 26
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 28
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 33
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 35
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 37
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 53
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 30
    target 55
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 31
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 15
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 31
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 34
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 31
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 49
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 62
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 31
    target 62
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 12
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 17
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 25
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 27
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 27
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 31
    target 32
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 50
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 31
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 68
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 31
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 4
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 6
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 17
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 24
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 29
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 34
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 32
    target 40
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 32
    target 27
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 35
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 32
    target 38
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 33
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 33
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 33
    target 9
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 33
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 33
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 33
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 33
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 28
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 33
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 47
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 47
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 33
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 33
    target 25
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 33
    target 35
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 33
    target 38
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 33
    target 42
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 18
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 24
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 27
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 45
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 45
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 34
    target 59
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 59
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 46
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 49
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 34
    target 62
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 34
    target 57
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 25
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 28
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 35
    target 33
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 23
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 42
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 46
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 35
    target 29
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 37
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 39
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 40
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 35
    target 59
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 36
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 36
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 36
    target 46
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 36
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 36
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 36
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 36
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 37
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 37
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 37
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 37
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 35
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 37
    target 39
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 37
    target 4
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 5
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 8
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 10
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 11
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 15
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 51
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 37
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 37
    target 56
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 0
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 39
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 40
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 41
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 41
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 41
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 47
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 47
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 38
    target 7
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 16
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 38
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 68
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 38
    target 33
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 10
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 26
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 37
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 38
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 40
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 39
    target 42
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 0
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 12
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 19
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 22
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 23
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 66
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 39
    target 35
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 39
    target 48
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 7
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 22
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 35
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 38
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 42
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 42
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 48
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 48
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 40
    target 56
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 53
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 67
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 40
    target 30
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 40
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 36
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 37
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 38
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 39
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 40
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 47
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 47
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 41
    target 51
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 42
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 44
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 41
    target 30
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 48
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 53
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 54
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 55
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 56
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 41
    target 64
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 10
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 20
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 23
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 25
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 26
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 35
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 39
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 42
    target 54
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 5
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 16
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 41
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 56
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 60
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 61
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 66
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 67
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 68
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 42
    target 33
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 38
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 42
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 43
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 43
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 43
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 43
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 43
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 43
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 43
    target 12
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 23
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 43
    target 52
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 28
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 44
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 41
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 41
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 44
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 44
    target 45
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 10
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 34
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 34
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 44
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 44
    target 38
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 44
    target 47
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 44
    target 61
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 45
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 45
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 45
    target 59
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 59
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 45
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 45
    target 56
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 46
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 46
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 46
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 46
    target 22
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 46
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 46
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 36
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 57
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 46
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 28
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 33
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 37
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 38
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 42
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 44
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 47
    target 63
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 47
    target 14
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 24
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 41
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 47
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 48
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 48
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 48
    target 1
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 11
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 22
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 55
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 55
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 48
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 48
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 13
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 27
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 49
    target 34
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 49
    target 30
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 50
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 57
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 58
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 49
    target 59
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 32
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 34
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 49
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 53
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 57
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 57
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 50
    target 57
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 58
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 58
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 50
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 50
    target 5
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 22
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 30
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 37
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 40
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 51
    target 48
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 51
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 53
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 55
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 56
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 51
    target 57
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 52
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 52
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 1
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 52
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 52
    target 9
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 52
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 52
    target 63
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 63
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 52
    target 12
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 12
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 52
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 52
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 0
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 0
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 32
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 53
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 53
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 55
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 53
    target 57
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 57
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 57
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 53
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 53
    target 64
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 64
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 53
    target 22
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 50
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 53
    target 56
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 53
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 54
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 22
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 54
    target 64
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 54
    target 65
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 53
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 54
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 63
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 55
    target 64
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 55
    target 48
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 55
    target 57
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 61
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 56
    target 61
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 32
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 56
    target 45
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 53
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 59
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 60
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 56
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 17
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 27
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 31
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 32
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 50
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 50
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 50
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 57
    target 53
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 53
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 58
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 57
    target 58
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 34
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 49
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 51
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 55
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 57
    target 64
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 58
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 17
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 17
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 29
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 58
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 32
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 50
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 50
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 50
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 58
    target 57
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 58
    target 57
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 58
    target 57
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 58
    target 49
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 58
    target 53
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 59
    target 8
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 8
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 9
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 16
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 16
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 18
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 18
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 18
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 59
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 44
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 45
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 45
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 59
    target 60
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 59
    target 60
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 60
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 59
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 61
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 59
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 60
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 60
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 60
    target 59
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 60
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 60
    target 63
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 60
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 11
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 14
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 60
    target 56
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 61
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 11
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 36
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 44
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 56
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 61
    target 59
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 63
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 61
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 61
    target 64
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 61
    target 1
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 15
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 47
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 61
    target 42
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 62
    target 4
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 4
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 13
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 13
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 14
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 14
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 24
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 24
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 30
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 30
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 30
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 62
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 32
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 32
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 62
    target 34
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 34
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 45
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 62
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 5
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 6
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 8
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 16
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 17
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 25
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 62
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 1
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 1
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 6
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 6
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 9
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 9
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 15
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 15
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 33
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 33
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 52
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 63
    target 52
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 3
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 63
    target 38
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 42
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 45
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 47
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 51
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 53
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 55
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 56
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 57
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 58
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 59
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 60
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 61
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 64
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 65
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 68
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 69
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 63
    target 70
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 3
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 5
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 5
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 7
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 7
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 7
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 10
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 10
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 10
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 23
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 25
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 26
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 29
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 29
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 35
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 35
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 35
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 38
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 48
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 48
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 53
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 53
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 54
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 55
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 55
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 56
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 56
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 57
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 57
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 61
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 61
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 63
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 67
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 64
    target 67
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 0
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 28
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 64
    target 30
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 41
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 64
    target 44
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 11
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 12
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 22
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 22
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 23
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 38
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 48
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 49
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 49
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 51
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 53
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 53
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 54
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 54
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 55
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 55
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 56
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 56
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 61
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 61
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 63
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 63
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 64
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 64
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 66
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 66
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 66
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 67
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 67
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 67
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 68
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 68
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 68
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 69
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 69
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 69
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 70
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 65
    target 70
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 70
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 65
    target 10
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 14
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 65
    target 30
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 66
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 23
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 23
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 37
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 37
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 42
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 42
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 48
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 53
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 65
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 67
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 67
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 66
    target 68
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 68
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 66
    target 69
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 66
    target 69
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 66
    target 25
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 66
    target 70
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 67
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 19
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 19
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 20
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 26
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 26
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 40
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 40
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 40
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 67
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 53
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 67
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 67
    target 64
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 64
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 67
    target 11
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 37
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 38
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 44
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 51
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 54
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 56
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 66
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 68
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 69
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 69
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 67
    target 70
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 67
    target 70
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 67
    target 55
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 68
    target 25
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 25
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 68
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 68
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 48
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 68
    target 53
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 61
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 63
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 65
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 65
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 68
    target 66
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 66
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 68
    target 67
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 67
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 68
    target 69
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 69
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 68
    target 70
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 68
    target 70
    key 1
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 68
    target 21
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 68
    target 29
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 68
    target 35
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 68
    target 42
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 3
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 3
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 20
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 27
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 27
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 28
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 28
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 31
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 31
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 39
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 44
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 69
    target 44
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 44
    key 2
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 69
    target 9
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 10
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 11
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 18
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 33
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 45
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 69
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 69
    target 65
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 69
    target 66
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 69
    target 67
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 69
    target 68
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 69
    target 70
    key 0
    relation "friendship"
    weight 1.0
  ]
  edge [
    source 70
    target 12
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 12
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 21
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 21
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 38
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 38
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 39
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 48
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 48
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 51
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 51
    key 1
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 54
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 55
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 56
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 64
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 66
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 67
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 68
    key 0
    relation "advice"
    weight 1.0
  ]
  edge [
    source 70
    target 14
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 26
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 49
    key 0
    relation "cowork"
    weight 1.0
  ]
  edge [
    source 70
    target 63
    key 0
    relation "friendship"
    weight 1.0
  ]
]
