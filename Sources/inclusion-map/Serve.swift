import ArgumentParser
import Dispatch
import Foundation
import InclusionMap
import InclusionMapServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the workbench: the map, its analyses and its report in your browser, served from this machine.",
        discussion: CommandExamples.discussion("""
            Starts a local web server and prints its address; open it in a browser. The page \
            shows the map (pan and zoom, search, filter by group, relation and weight, size \
            and colour by any measure), each actor's card and ego map, the brokers, the usual \
            suspects and the silos as tables linked to the map, and the report to download. \
            Nothing is fetched from elsewhere and nothing leaves the machine. The page can \
            open any readable file or dataset folder inside --workspace (default: the folder \
            PATH is in, or the current folder), and nothing outside it. It listens on \
            127.0.0.1; with another --host it needs an access token (--token, or one made \
            and printed once), required on every request. Actors whose consent is false are \
            only codes; --pseudonymise makes everyone a code. Stop it with Ctrl-C.
            """, examples: [
                ("The demo map in the browser:", "inclusion-map serve"),
                ("A folder of your own, on another port:", "inclusion-map serve Datasets/lazega-lawfirm --port 8090"),
                ("Reachable from the office network, with a token:", "inclusion-map serve survey.xlsx --host 0.0.0.0"),
            ])
    )

    @OptionGroup var input: MapInput

    @Option(help: "The port to listen on (0 lets the system choose).")
    var port = 8080

    @Option(help: "The address to listen on; anything but the loopback address needs a token.")
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The folder whose files the page may open (default: the folder PATH is in, or the current folder).", valueName: "dir"))
    var workspace: String?

    @Option(help: "The access token every request must carry (default: none on 127.0.0.1, a new one printed once otherwise).")
    var token: String?

    @Flag(help: "Replace every actor's name and id by a code in every response, page and download.")
    var pseudonymise = false

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
        if let token, token.count < 16 { throw ValidationError("--token must be at least 16 characters.") }
        if let workspace {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--workspace \(workspace): no such folder.")
            }
        }
    }

    func run() throws {
        let first = input.path.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let folder = workspace.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? first?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        var settings = WorkbenchConfiguration(
            host: host, port: port, token: token, workspace: folder, pseudonymises: pseudonymise, openableExtensions: Self.openable)
        if !settings.isLoopback, settings.token == nil { settings.token = WorkbenchConfiguration.generatedToken() }
        let workbench: Workbench
        do {
            workbench = try Workbench(configuration: settings, source: first, loader: Self.loader(input: input, first: first, workspace: folder))
        } catch let error as WorkbenchLoadError {
            for problem in error.problems { Console.error(problem) }
            throw ExitCode.failure
        }
        let token = settings.token
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await workbench.run { address in
                    let link = token.map { "\(address)?token=\($0)" } ?? address
                    Console.text("The workbench is open at \(link)")
                    if token != nil { Console.text("Keep this address to yourself: its token lets anyone who has it see the map.") }
                    Console.text("Stop it with Ctrl-C.")
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            Console.error("serve: \(error)")
            throw ExitCode.failure
        }
    }

    /// The files the page offers to open: every extension a reader knows, JSON, CSV and
    /// text (told by their content), workbooks and registers.
    static let openable: Set<String> = ["graphml", "gexf", "gml", "ncol", "lgl", "net", "paj", "dl", "vna", "json", "csv", "tsv", "txt", "xlsx", "sqlite"]

    /// How the workbench reads a map: as every command does (``MapSource``), with the
    /// reading options given for PATH; problems name files inside the workspace.
    static func loader(input: MapInput, first: URL?, workspace: URL) -> WorkbenchLoader {
        let policy = input.policy, wave = input.wave, project = input.source.project
        let options = input.source.options, format = input.format
        let root = workspace.standardizedFileURL.resolvingSymlinksInPath().path
        return { url in
            let path = url?.path
            // The options given for PATH read PATH; another file is told by its extension or content.
            let isFirst = url == first
            let source = MapSource(path: path, format: isFirst ? format : nil, wave: isFirst ? wave : nil, missing: policy,
                                   options: isFirst ? options : ReadingOptions(), project: isFirst && project)
            let (check, prepared) = source.checkPrepared()
            let shown = path.map { $0.hasPrefix(root + "/") ? String($0.dropFirst(root.count + 1)) : URL(fileURLWithPath: $0).lastPathComponent }
            guard let prepared else {
                throw WorkbenchLoadError(problems: check.issues.map { located($0, in: shown).description })
            }
            return WorkbenchMap(name: shown ?? "Rivertown (demo)", prepared: prepared,
                                warnings: check.warnings.map { located($0, in: shown).description })
        }
    }
}

/// The error the server stopped with, handed from its task to the waiting command.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
