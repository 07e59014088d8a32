import Foundation

extension DatasetFolder {
    /// The text of each file that describes `map`, as ``write(_:to:)`` writes them.
    ///
    /// `actors.csv` and `ties.csv` are always present; the other files only when the map has
    /// such records. A known column is written when it is required or any record fills it
    /// (`relation`, `weight` and `directed` always); free columns follow in
    /// ``StakeholderMap/extraColumns`` order. Weights are written as integers when whole and
    /// otherwise in the shortest form that reads back to the same number. A cell a spreadsheet
    /// would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`, as OWASP's guidance
    /// on CSV injection asks, and reading takes it off again (``SpreadsheetCell/prefixed(_:)``),
    /// so the folder is safe to open in Excel and reads back exactly. The same map always gives
    /// the same bytes.
    public static func files(for map: StakeholderMap) -> [DatasetFile: String] {
        tables(for: map).mapValues { CSVWriter.text(header: $0.header, rows: $0.rows, cells: .prefixed) }
    }

    /// The tables ``files(for:)`` writes, before they become CSV text: each file's header and
    /// rows (for writers of other containers, such as a workbook's sheets).
    public static func tables(for map: StakeholderMap) -> [DatasetFile: (header: [String], rows: [[String]])] {
        var files: [DatasetFile: (header: [String], rows: [[String]])] = [:]
        files[.actors] = table(
            .actors, map.actors, extras: map.extraColumns.actors, attributes: \.attributes
        ) { $0.datasetValue(ofColumn: $1) }
        files[.ties] = table(
            .ties, map.ties, extras: map.extraColumns.ties, attributes: \.attributes,
            alwaysWritten: ["relation", "weight", "directed"]
        ) { $0.datasetValue(ofColumn: $1) }
        if !map.departments.isEmpty {
            files[.departments] = table(
                .departments, map.departments, extras: map.extraColumns.departments, attributes: \.attributes
            ) { department, column in
                switch column {
                case "id": return department.id
                case "name": return department.name
                case "organisation": return department.organisation
                case "parent": return department.parent
                default: return nil
                }
            }
        }
        if !map.engagements.isEmpty {
            files[.engagements] = table(
                .engagements, map.engagements, extras: map.extraColumns.engagements, attributes: \.attributes
            ) { engagement, column in
                switch column {
                case "id": return engagement.id
                case "name": return engagement.name
                case "date": return engagement.date?.description
                case "kind": return engagement.kind
                default: return nil
                }
            }
        }
        if !map.attendance.isEmpty {
            files[.attendance] = table(
                .attendance, map.attendance, extras: map.extraColumns.attendance, attributes: \.attributes
            ) { record, column in
                switch column {
                case "engagement": return record.engagement
                case "actor": return record.actor
                case "role": return record.role
                default: return nil
                }
            }
        }
        return files
    }

    /// Writes `map` as a dataset folder at `url`, creating the folder when needed and
    /// replacing the files ``files(for:)`` names. Files of the format that the map does not
    /// need (such as an old `attendance.csv` when the map has no attendance) are removed, so
    /// that reading the folder back gives the same map; other files in the folder are kept.
    ///
    /// Whole or nothing: the new folder is built beside the old one and swapped in at once
    /// (`FolderSwap`), so a process killed while writing leaves the old folder as it was.
    /// A folder that also holds subfolders or links is instead updated file by file, each
    /// file atomically.
    ///
    /// - Throws: ``DatasetError`` naming the file that could not be written.
    public static func write(_ map: StakeholderMap, to url: URL) throws(DatasetError) {
        let manager = FileManager.default
        let contents = files(for: map)
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            throw DatasetError(issues: [DatasetIssue(file: url.path, message: "is a file, not a folder; expected a dataset folder to write")])
        }
        // The folder's other files (notes, matches.csv …) are kept: linked into the new folder.
        let datasetNames = Set(DatasetFile.allCases.map(\.fileName))
        let others = exists ? ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).filter { !datasetNames.contains($0) } : []
        let othersAreFiles = others.allSatisfy { name in
            (try? manager.attributesOfItem(atPath: url.appendingPathComponent(name).path)[.type] as? FileAttributeType) == .typeRegular
        }
        guard othersAreFiles else {
            // Subfolders or links beside the dataset: replace the dataset files one by one.
            try writeFileByFile(contents, to: url)
            return
        }
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let staging = try FolderSwap.stagingFolder(for: url)
            defer { try? manager.removeItem(at: staging) }
            for (file, text) in contents {
                try Data(text.utf8).write(to: staging.appendingPathComponent(file.fileName))
            }
            for name in others {
                let from = url.appendingPathComponent(name), to = staging.appendingPathComponent(name)
                if link(from.path, to.path) != 0 { try manager.copyItem(at: from, to: to) }
            }
            try FolderSwap.replace(url, with: staging)
        } catch {
            throw DatasetError(issues: [DatasetIssue(file: url.path, message: "cannot be written: \(error.localizedDescription)")])
        }
    }

    /// Replaces the dataset files of `url` one by one, each atomically.
    private static func writeFileByFile(_ contents: [DatasetFile: String], to url: URL) throws(DatasetError) {
        let manager = FileManager.default
        for file in DatasetFile.allCases {
            let fileURL = url.appendingPathComponent(file.fileName)
            do {
                if let text = contents[file] {
                    try Data(text.utf8).write(to: fileURL, options: .atomic)
                } else if manager.fileExists(atPath: fileURL.path) {
                    try manager.removeItem(at: fileURL)
                }
            } catch {
                throw DatasetError(issues: [DatasetIssue(file: file.fileName, message: "cannot be written: \(error.localizedDescription)")])
            }
        }
    }


    private static func table<Records: Collection>(
        _ file: DatasetFile, _ records: Records, extras: [String],
        attributes: (Records.Element) -> [String: String], alwaysWritten: Set<String> = [],
        value: (Records.Element, String) -> String?
    ) -> (header: [String], rows: [[String]]) {
        let known = file.knownColumns.filter { column in
            file.requiredColumns.contains(column) || alwaysWritten.contains(column)
                || records.contains { value($0, column) != nil }
        }
        let extraNames = ExtraColumns.columns(listed: extras, used: records.map(attributes))
        let rows = records.map { record in
            let recordAttributes = attributes(record)
            return known.map { value(record, $0) ?? "" } + extraNames.map { recordAttributes[$0] ?? "" }
        }
        return (known + extraNames, rows)
    }
}
