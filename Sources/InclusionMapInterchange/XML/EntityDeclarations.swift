import Foundation

/// Where a document declares an entity of its own (`<!ENTITY …>` in its DOCTYPE), which every
/// XML reader of InclusionMap refuses.
///
/// A declared entity is either a silent misread (libxml2, through Foundation, expands a
/// reference in an attribute value but drops it from element text, so one name reads two
/// ways) or a cost bomb (entities that refer to entities grow a small file into gigabytes of
/// text: the "billion laughs"). No format InclusionMap reads needs one: GraphML, GEXF and the
/// parts of a workbook use the five predefined entities and character references only, which
/// are unaffected.
///
/// Only the prolog is looked at (a DOCTYPE must come before the root element), so the cost is
/// the length of the prolog, not of the document. Documents in UTF-16 are not looked at.
enum EntityDeclarations {
    /// The line and column (1-based, in bytes) of the first `<!ENTITY` of the prolog of
    /// `data`; `nil` when there is none.
    static func first(in data: Data) -> (line: Int, column: Int)? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int)? in
            let count = bytes.count
            var index = 0, line = 1, lineStart = 0
            func starts(with text: String, at offset: Int) -> Bool {
                let pattern = text.utf8
                guard offset + pattern.count <= count else { return false }
                return pattern.enumerated().allSatisfy { bytes[offset + $0.offset] == $0.element }
            }
            var inDoctype = false, inSubset = false
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A { line += 1; lineStart = index + 1 }
                if byte == UInt8(ascii: "<") {
                    if starts(with: "<!ENTITY", at: index) {
                        return inDoctype ? (line, index - lineStart + 1) : nil
                    }
                    if starts(with: "<!DOCTYPE", at: index) {
                        inDoctype = true
                    } else if starts(with: "<!--", at: index) || starts(with: "<?", at: index) || starts(with: "<!", at: index) {
                        // a comment, processing instruction or other declaration of the prolog
                    } else if !inDoctype {
                        return nil  // the root element: the prolog is over
                    }
                } else if inDoctype, !inSubset, byte == UInt8(ascii: "[") {
                    inSubset = true
                } else if inDoctype, inSubset, byte == UInt8(ascii: "]") {
                    inSubset = false
                } else if inDoctype, !inSubset, byte == UInt8(ascii: ">") {
                    inDoctype = false
                }
                index += 1
            }
            return nil
        }
    }
}
