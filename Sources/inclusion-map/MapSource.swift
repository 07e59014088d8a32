import ArgumentParser
import Foundation
import InclusionMap

/// Where a command reads its map from: a dataset folder, a JSON file, or the bundled demo.
struct MapSource {
    /// The path as the user wrote it, or `nil` for the bundled Rivertown map.
    var path: String?
    var options = ReadingOptions()

    /// The name to show for the source.
    var displayName: String { path ?? "the bundled Rivertown demo map" }

    /// Reads and checks the map, reporting every problem.
    func check() -> DatasetCheck {
        guard let path else {
            return DatasetFolder(url: BundledDataset.rivertown.url, options: options).check()
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            do {
                let data = try Data(contentsOf: url)
                return DatasetCheck(map: try StakeholderMap(jsonData: data, fileName: path), issues: [])
            } catch let error as DatasetError {
                return DatasetCheck(map: nil, issues: error.issues)
            } catch {
                return DatasetCheck(map: nil, issues: [DatasetIssue(file: path, message: "cannot be read: \(error.localizedDescription)")])
            }
        }
        if !exists {
            return DatasetCheck(map: nil, issues: [DatasetIssue(
                file: path, message: "no such file or folder; expected a dataset folder or a JSON map")])
        }
        return DatasetFolder(url: url, options: options).check()
    }

    /// Reads the map; on any error prints every problem to standard error and exits 1.
    func load() throws -> StakeholderMap {
        let result = check()
        guard let map = result.map else {
            printIssues(result.issues, prefixedWith: path)
            throw ExitCode.failure
        }
        if !result.warnings.isEmpty {
            let count = result.warnings.count
            FileHandle.standardError.write(Data(
                "\(count) warning\(count == 1 ? "" : "s") in \(displayName); `inclusion-map validate` lists them.\n".utf8))
        }
        return map
    }
}

/// Prints issues one a line to standard error, file names joined to the folder they are in.
func printIssues(_ issues: [DatasetIssue], prefixedWith folder: String?, to handle: FileHandle = .standardError) {
    for issue in issues {
        handle.write(Data((located(issue, in: folder).description + "\n").utf8))
    }
}

/// The issue with its file given as a path inside `folder` (as the user wrote it), so an
/// editor can jump to it.
func located(_ issue: DatasetIssue, in folder: String?) -> DatasetIssue {
    guard let folder, DatasetFile(rawValue: issue.file) != nil else { return issue }
    var issue = issue
    issue.file = (folder.hasSuffix("/") ? folder : folder + "/") + issue.file
    return issue
}
