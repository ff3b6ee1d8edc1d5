import Dispatch

extension Collection where Element: Sendable {
    /// `transform` applied to every element, the elements spread over the machine's cores, the results in the
    /// collection's order. The versions of a document are read, segmented, aligned and compared independently,
    /// and on a two-core machine that nearly halves the wait for six of them.
    ///
    /// ICU objects are taken through `ICUCache`, which lends each to one caller at a time. When several
    /// elements fail, the error of the first in order is thrown, so a run reports the same file every time.
    func concurrentMap<Mapped: Sendable, Failure: Error>(
        _ transform: @Sendable (Element) throws(Failure) -> Mapped
    ) throws(Failure) -> [Mapped] {
        let elements = Array(self)
        guard elements.count > 1 else { return try elements.map(transform) }
        let count = elements.count
        let results = [Result<Mapped, Failure>](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.buffer.initializeElement(
                    at: index, to: Result { () throws(Failure) in try transform(elements[index]) })
            }
            initialized = count
        }
        return try results.map { result throws(Failure) in try result.get() }
    }
}

/// The result slots of one `concurrentMap`, shared by its iterations: each initialises its own slot only, and
/// the buffer outlives them all (`concurrentPerform` returns when the last is done).
private struct Slots<Slot>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Slot>
}
