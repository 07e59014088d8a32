import Foundation
import Testing

/// `register check`, damaged registers and read-only registers as a user meets them (issue
/// 32, defects 6–8).
extension CommandLineTests {
    /// Damage SQLite cannot see: a letter of Helen Marsh's name changed inside the register
    /// file, every page still well-formed.
    func changeALetterOfHelenMarsh(in file: String) throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let name = try #require(bytes.firstRange(of: Data("Helen Marsh".utf8)))
        bytes[name.lowerBound] = UInt8(ascii: "K")
        try bytes.write(to: URL(fileURLWithPath: file))
    }

    @Test func registerCheckSaysASoundRegisterIsSoundAndADamagedOneIsNot() throws {
        let file = try rivertownRegister()
        let sound = try run(["register", "check", file])
        #expect(sound.status == 0)
        #expect(sound.output == "\(file): sound; SQLite's integrity check found no problem and all 2 waves read back\n")
        try changeALetterOfHelenMarsh(in: file)
        let damaged = try run(["register", "check", file])
        #expect(damaged.status == 1)
        #expect(damaged.errors.contains("\(file): wave 2024 revision 1 does not read back as it was saved: its checksum differs"))
        let export = try run(["register", "export", file, "--wave", "2024", "--out", try scratchFolder([:]) + "/out"])
        #expect(export.status == 1)
        #expect(export.errors.hasPrefix("\(file): the register is damaged (wave 2024 revision 1 does not read back as it was saved"))
        #expect(!export.errors.contains("Kelen"))
    }

    /// A register on a read-only folder was refused as "not an InclusionMap register … run
    /// register init" (WAL mode needs its -shm file). Root may write anywhere, so the reader
    /// runs as the unprivileged user `nobody` (setpriv, util-linux) when the tests run as root.
    @Test func aReadOnlyRegisterIsReadAndRefusesWritesInWords() throws {
        let registerFile = try rivertownRegister()
        let folder = try scratchFolder([:]) + "/read-only"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/r.sqlite"
        try FileManager.default.copyItem(atPath: registerFile, toPath: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        var prefix: [String] = []
        var executable = Self.executable.path
        if getuid() == 0 {
            // A copy the reader can reach wherever the clone is (a home folder may be closed to others).
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("inclusion-map-reader-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            executable = copy.appendingPathComponent("inclusion-map").path
            try FileManager.default.copyItem(atPath: Self.executable.path, toPath: executable)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: executable)
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "running as root needs setpriv to read as another user")
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        func runAsReader(_ arguments: [String]) throws -> Run {
            guard !prefix.isEmpty else { return try run(arguments) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
        }
        let probe = try runAsReader(["--version"])
        try #require(probe.status == 0, "the unprivileged reader cannot run \(executable): \(probe.errors)")
        let summary = try runAsReader(["summary", file, "--format", "json"])
        #expect(summary.status == 0, "\(summary.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any])
        #expect(object["actors"] as? Int == 112)
        let source = try scratchFolder([:]) + "/wave-1"
        try FileManager.default.copyItem(atPath: dataset("rivertown-waves") + "/wave-1", toPath: source)
        let add = try runAsReader(["register", "add", file, source, "--wave", "2026"])
        #expect(add.status == 1)
        #expect(add.errors == "\(file): the register is read-only here (the file or its folder cannot be written); it can be read, but adding or saving needs write access\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["r.sqlite"])
    }
}

extension CommandLineTests {
    /// `register waves` listed a damaged register with wrong counts (issue 32, defect 7): each
    /// wave is now read back against its checksum before it is listed.
    @Test func registerWavesRefusesADamagedRegister() throws {
        let file = try rivertownRegister()
        try changeALetterOfHelenMarsh(in: file)
        let waves = try run(["register", "waves", file])
        #expect(waves.status == 1)
        #expect(waves.errors.hasPrefix("\(file): the register is damaged (wave 2024 revision 1 does not read back as it was saved"))
        #expect(waves.output.isEmpty)
    }
}
