/// The one grammar every reader accepts for numbers (weights, matrix cells): an optional sign,
/// decimal digits with an optional decimal point, and an optional exponent — `2`, `-0.5`,
/// `1.5e3`. Hexadecimal (`0x10`), `inf`, `nan`, and numbers too large (`1e309`) or too small
/// to hold (`1e-400`, which a plain parse reads as 0) are refused, with the reason.
package enum DecimalNumber {
    /// Why a text is not a number.
    package enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not decimal digits, point and exponent.
        case notDecimal
        /// Beyond the largest double (about 1.8e308).
        case tooLarge
        /// Not zero, but closer to zero than a double can hold (about 4.9e-324).
        case tooSmall

        /// The reason in words, to follow the quoted value.
        package var description: String {
            switch self {
            case .notDecimal: "is not a number"
            case .tooLarge: "is too large to hold (the largest is about 1.8e308)"
            case .tooSmall: "is too close to zero to hold (the smallest is about 4.9e-324), yet not zero"
            }
        }
    }

    /// The number `text` writes, or why it is none.
    package static func parse(_ text: String) -> Result<Double, Problem> {
        // Whole numbers of up to 15 digits, most weights, are exact as doubles: summed digit by
        // digit, the value `Double(text)` gives.
        if text.utf8.count <= 15, !text.isEmpty {
            var whole: Int64 = 0
            var allDigits = true
            for byte in text.utf8 {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { allDigits = false; break }
                whole = whole * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            if allDigits { return .success(Double(whole)) }
        }
        guard SpreadsheetCell.isPlainNumber(text), let value = Double(text) else { return .failure(.notDecimal) }
        if !value.isFinite { return .failure(.tooLarge) }
        if value == 0, text.contains(where: { ("1"..."9").contains($0) }) {
            // A non-zero digit in the mantissa that still reads as 0 has underflowed.
            let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
            if mantissa.contains(where: { ("1"..."9").contains($0) }) { return .failure(.tooSmall) }
        }
        return .success(value)
    }
}
