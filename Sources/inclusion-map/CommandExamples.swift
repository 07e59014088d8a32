/// The EXAMPLES block that ends every command's help: commands a user can paste as they are
/// (they run on the bundled Rivertown map or the files in `Datasets/`), each after a line
/// saying what it does.
///
/// A command longer than a line of an 80-column terminal is broken before an option with
/// the shell's backslash, so it can still be pasted. The tests parse every example through
/// the command tree, so none can drift from the options it shows.
enum CommandExamples {
    /// `discussion` followed by the EXAMPLES block of `examples` (what it does, the command).
    static func discussion(_ discussion: String, examples: [(purpose: String, command: String)]) -> String {
        var text = discussion.isEmpty ? "" : discussion + "\n\n"
        text += "EXAMPLES:"
        for example in examples {
            text += "\n  \(example.purpose)\n    " + lines(of: example.command).joined(separator: " \\\n        ")
        }
        return text
    }

    /// The widest a line of an example may be, indentation and continuation mark included.
    static let width = 78

    /// `command` in lines of at most ``width`` characters with their indentation and
    /// continuation mark, broken between words.
    static func lines(of command: String) -> [String] {
        var lines: [String] = [], current = ""
        for word in command.split(separator: " ") {
            let indent = lines.isEmpty ? 4 : 8
            if !current.isEmpty, indent + current.count + 1 + word.count + 2 > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        return lines + [current]
    }

    /// The commands in `help`, the help text of one command: each line under EXAMPLES that
    /// starts with `inclusion-map`, joined with the lines it continues onto.
    static func commands(inHelp help: String) -> [String] {
        guard let start = help.range(of: "EXAMPLES:") else { return [] }
        let block = help[start.upperBound...].split(separator: "\n").prefix { $0.hasPrefix(" ") || !($0.split(separator: " ").first?.hasSuffix(":") ?? false) }
        var commands: [String] = [], continuing = false
        for line in block.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let body = line.hasSuffix("\\") ? String(line.dropLast()).trimmingCharacters(in: .whitespaces) : line
            if continuing {
                commands[commands.count - 1] += " " + body
            } else if line.hasPrefix("inclusion-map ") {
                commands.append(body)
            }
            continuing = (continuing || line.hasPrefix("inclusion-map ")) && line.hasSuffix("\\")
        }
        return commands
    }
}
