import Foundation

/// The secret from which withheld people's codes are computed (``ConsentMask``), kept with
/// the data it codes: a register stores one of its own, made when the register is created.
///
/// A code is `withheld-` followed by the first hex digits of HMAC-SHA-256(key, id) (``HMAC``),
/// so one person has one code in every wave, every command and every run, a code cannot be
/// reversed by hashing guessed ids without the key, and codes say nothing of how many people
/// are withheld or in what order they are listed.
public struct ConsentKey: Sendable, Hashable {
    /// The key's bytes.
    public let bytes: [UInt8]

    /// The number of bytes in a key made by ``random()``: the length of a SHA-256 digest.
    public static let length = 32

    /// A key of the given bytes; `nil` when there are fewer than 16 (too short to keep a
    /// code from being guessed).
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 16 else { return nil }
        self.bytes = bytes
    }

    /// A new key of ``length`` bytes from the system's secure random source.
    public static func random() -> ConsentKey {
        var generator = SystemRandomNumberGenerator()
        return ConsentKey(uncheckedBytes: (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private init(uncheckedBytes: [UInt8]) { bytes = uncheckedBytes }

    /// The first `digits` lower-case hex digits of HMAC-SHA-256 of `id` under this key.
    func hexCode(of id: String, digits: Int) -> String {
        let mac = HMAC.sha256(key: bytes, message: Data(id.utf8))
        return String(SHA256.hex(mac.prefix((digits + 1) / 2)).prefix(digits))
    }
}
