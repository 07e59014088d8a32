import Foundation
import InclusionMap

/// A dataset as an Excel workbook: one sheet per dataset file (`actors`, `ties`,
/// `departments`, `engagements`, `attendance`), each laid out as the CSV file is, so that
/// people who live in Excel can keep and edit a map there.
///
/// Reading follows the dataset folder's rules exactly (it is the same reader), and each
/// problem names its sheet and cell: `ties!B7: target: unknown actor "Okafor"`. Sheet names
/// are compared without regard to case; other sheets are ignored (one warning lists them).
/// Writing gives the same tables the folder writer gives (`DatasetFolder.tables(for:)`).
public enum DatasetWorkbook {
    /// The map in the workbook `data`, and every problem.
    public static func check(_ data: Data, fileName: String = "map.xlsx", options: ReadingOptions = ReadingOptions()) -> DatasetCheck {
        let workbook: Workbook
        do {
            // Only the dataset's own sheets are inflated and parsed; the others are only named.
            workbook = try Workbook(data: data, fileName: fileName) { _, name in
                DatasetFile.allCases.contains { $0.sheetName == name.lowercased() }
            }
        } catch {
            return DatasetCheck(map: nil, issues: error.issues)
        }
        var sheets: [DatasetFile: [(line: Int, fields: [String])]] = [:]
        var sheetName: [DatasetFile: String] = [:]
        var issues: [DatasetIssue] = []
        var ignored: [String] = []
        for sheet in workbook.sheets {
            guard let file = DatasetFile.allCases.first(where: { $0.sheetName == sheet.name.lowercased() }) else {
                ignored.append(sheet.name)
                continue
            }
            // A spreadsheet stores no empty cells at the end of a row: rows are as wide as the
            // header, and empty cells beyond it are dropped.
            var header = sheet.rows.first?.cells ?? []
            while header.last?.isEmpty == true { header.removeLast() }
            sheets[file] = sheet.rows.map { row in
                var cells = row.cells
                while cells.count > header.count, cells.last?.isEmpty == true { cells.removeLast() }
                if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
                return (row.number, cells)
            }
            sheetName[file] = sheet.name
            for cell in sheet.unsavedFormulas {
                issues.append(DatasetIssue(file: fileName, severity: .warning, message: "\(sheet.name)!\(cell): a formula with no saved result is read as empty; open and save the workbook in a spreadsheet to compute it"))
            }
            for error in sheet.errors {
                issues.append(DatasetIssue(file: fileName, message: "\(sheet.name)!\(error.cell): the cell holds the error \(error.value); expected a value"))
            }
        }
        let result = DatasetFolder.check(sheets: sheets, options: options) { file in
            DatasetIssue(file: fileName, message: "no sheet named \(file.sheetName); expected a workbook with at least an actors sheet (and ties, departments, engagements, attendance)")
        }
        for issue in result.issues {
            guard let file = DatasetFile(rawValue: issue.file), let name = sheetName[file] else {
                issues.append(issue)
                continue
            }
            var place = name
            if let line = issue.line {
                place += "!" + (issue.column.map { Workbook.reference(column: $0 - 1, row: line) } ?? "\(line):\(line)")
            }
            issues.append(DatasetIssue(file: fileName, severity: issue.severity, message: "\(place): \(issue.message)"))
        }
        if !ignored.isEmpty {
            issues.append(DatasetIssue(file: fileName, severity: .warning, message: "sheets \(ignored.map { "\"\($0)\"" }.joined(separator: ", ")) are not dataset tables and are not read"))
        }
        let failed = issues.contains { $0.severity == .error }
        return DatasetCheck(map: failed ? nil : result.map, issues: issues)
    }

    /// The workbook of `map`: the dataset folder's tables as sheets.
    public static func write(_ map: StakeholderMap) -> Data {
        let tables = DatasetFolder.tables(for: map)
        let sheets = DatasetFile.allCases.compactMap { file -> Workbook.Sheet? in
            guard let table = tables[file] else { return nil }
            let rows = [table.header] + table.rows
            return Workbook.Sheet(name: file.sheetName, rows: rows.enumerated().map { ($0 + 1, $1) })
        }
        return Workbook(sheets: sheets).data()
    }
}

extension DatasetFile {
    /// The sheet that holds the file in a workbook: its name without `.csv`.
    public var sheetName: String {
        String(fileName.dropLast(4))
    }
}
