import Foundation
import InclusionMapRegister

/// Adds a map of the workspace as a wave of a register of the workspace (made when it does
/// not exist yet), as `register add` does: `{"register": "programme.sqlite", "wave": "2026",
/// "source": "mapped"}`.
struct RegisterAddRequest: Decodable {
    var register: String
    var wave: String
    var source: String

    /// Adds the wave; the register's waves afterwards.
    ///
    /// - Throws: ``WorkbenchFailure`` in words: a path outside the workspace, a register name
    ///   not ending `.sqlite`, a wave that exists, a source that does not read.
    func add(in workspace: WorkspacePath) throws -> [WaveEntry] {
        let wave = self.wave.trimmingCharacters(in: .whitespaces)
        guard !wave.isEmpty else { throw WorkbenchFailure.badRequest("name the wave") }
        guard register.hasSuffix(".sqlite") else { throw WorkbenchFailure.badRequest("a register is a file ending .sqlite, not \"\(register)\"") }
        let source = try workspace.resolve(self.source)
        let name = register.split(separator: "/").map(String.init)
        let parent = name.dropLast().joined(separator: "/")
        let folder = parent.isEmpty ? workspace.root : try workspace.resolve(parent)
        let url = folder.appendingPathComponent(name.last ?? register)
        guard workspace.contains(url.deletingLastPathComponent().resolvingSymlinksInPath()), name.last != "..", name.last != "." else {
            throw WorkbenchFailure.badPath(register)
        }
        if FileManager.default.fileExists(atPath: url.path) {
            // An existing register: the same rules as any path (no link leading out).
            _ = try workspace.resolve(register)
        } else {
            do { _ = try Register.create(at: url) } catch { throw WorkbenchFailure.badRequest(error.description) }
        }
        do {
            let opened = try Register(opening: url)
            try opened.addWave(wave, reading: source)
            return try opened.waves().map(WaveEntry.init)
        } catch {
            throw WorkbenchFailure.badRequest(error.description)
        }
    }
}
