import ArgumentParser

/// `--format` of the commands whose results are rows: a text table for people, CSV for
/// spreadsheets, JSON for programs.
enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
