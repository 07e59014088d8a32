import ArgumentParser
import Foundation
import InclusionMap
import InclusionMapInterchange

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a map in another tool's format, and say what that format cannot hold.",
        discussion: CommandExamples.discussion("""
            Reads SOURCE in any readable format (\(MapFileFormat.readableDescription)) and \
            writes it to --out in --to (\(MapFileFormat.names.joined(separator: ", "))). Then lists \
            each thing the target format cannot hold (engagements in GraphML, names in Pajek, \
            …), named once with a count: nothing is dropped silently. Actors whose consent \
            is false are written under their codes (withheld-1, …) without names, as in \
            every output of this tool.
            """, examples: [
                ("The demo map as GraphML for Gephi, yEd or NetworkX:", "inclusion-map convert --to graphml --out rivertown.graphml"),
                ("A Pajek file as a dataset folder:", "inclusion-map convert network.net --to folder --out network"),
            ])
    )

    @OptionGroup var input: MapInput

    @Option(help: ArgumentHelp("The format to write.", valueName: "format"))
    var to: MapFileFormat

    @Option(help: "The file (or, for --to folder, the folder) to write.")
    var out: String

    func run() throws {
        // The data as given: a conversion imputes nothing unless --missing asks for it.
        try Self.write(try input.source(defaultPolicy: .observed).load(), as: to, to: out)
    }

    /// Writes a loaded (masked) map to `out` in `format` and lists what the format could not hold.
    static func write(_ loaded: LoadedMap, as format: MapFileFormat, to out: String) throws {
        let map = loaded.map
        let url = URL(fileURLWithPath: out)
        var losses: [ConversionLoss]
        do {
            losses = try MapFile.write(map, to: url, as: format)
        } catch {
            printIssues(error.issues, prefixedWith: nil)
            throw ExitCode.failure
        }
        if !loaded.mask.isEmpty {
            losses.insert(ConversionLoss("actors who did not consent to be named, written under their codes without names or values only they hold", count: loaded.mask.count), at: 0)
        }
        Console.text("wrote \(out) (\(format.rawValue)): \(map.actors.count) actors, \(map.ties.count) ties")
        if losses.isEmpty {
            Console.text("\(format.rawValue) holds everything in the map; nothing was left out.")
        } else {
            Console.text("Not kept in \(format.rawValue):")
            for loss in losses { Console.text("  \(loss)") }
        }
    }
}

extension MapFileFormat: ExpressibleByArgument {}
