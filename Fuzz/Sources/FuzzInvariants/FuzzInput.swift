/// The bytes libFuzzer passes to `LLVMFuzzerTestOneInput`, and the choices a target derives
/// from them without taking bytes from the document (so seeds stay real documents).
public struct FuzzInput: Sendable {
    /// The input.
    public let bytes: [UInt8]

    /// Copies the input libFuzzer gives.
    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// A layout width from 8 to 100 columns, chosen by the input's size.
    public var width: Int { 8 + bytes.count % 93 }

    /// One of `choices`, chosen by the input's size (after `width`'s choice, so the two vary
    /// independently for inputs of similar size).
    public func pick<T>(_ choices: [T]) -> T { choices[(bytes.count / 93) % choices.count] }
}
