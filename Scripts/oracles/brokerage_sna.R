#!/usr/bin/env Rscript
# Gould-Fernandez brokerage by R's sna::brokerage, the reference InclusionMap's Brokerage
# follows: for each dataset and relation below, the directed advice network grouped by the
# actors' department column, written to
# Tests/InclusionMapTests/Fixtures/brokerage/NAME-RELATION.csv with one row per actor (in
# actors.csv order): the raw counts, expected values, standard deviations and z-scores of
# the five roles and the total (sna's raw.nli, exp.nli, sd.nli, z.nli; columns w_I, w_O,
# b_IO, b_OI, b_O, t). Actors without a department are left out, as InclusionMap does.
#
#   apt-get install r-cran-sna && Rscript Scripts/oracles/brokerage_sna.R
suppressMessages(library(sna))
root <- normalizePath(file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "..", ".."))
out <- file.path(root, "Tests", "InclusionMapTests", "Fixtures", "brokerage")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
cases <- list(c("krackhardt-hightech", "advice"), c("krackhardt-hightech", "friendship"), c("lazega-lawfirm", "advice"))
for (case in cases) {
  folder <- file.path(root, "Datasets", case[1])
  actors <- read.csv(file.path(folder, "actors.csv"), colClasses = "character")
  ties <- read.csv(file.path(folder, "ties.csv"), colClasses = "character")
  ties <- ties[ties$relation == case[2] & ties$source != ties$target, ]
  grouped <- actors[actors$department != "", ]
  ids <- grouped$id
  n <- length(ids)
  m <- matrix(0, n, n)
  for (k in seq_len(nrow(ties))) {
    i <- match(ties$source[k], ids)
    j <- match(ties$target[k], ids)
    if (is.na(i) || is.na(j)) next
    m[i, j] <- 1
    if (tolower(ties$directed[k]) != "true") m[j, i] <- 1
  }
  b <- brokerage(m, grouped$department)
  roles <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")
  table <- data.frame(id = ids)
  for (part in c("raw", "exp", "sd", "z")) {
    values <- b[[paste0(part, ".nli")]]
    for (role in roles) table[[paste0(part, "_", role)]] <- values[, role]
  }
  write.csv(table, file.path(out, paste0(case[1], "-", case[2], ".csv")), row.names = FALSE)
}
