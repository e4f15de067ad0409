internal import CLibXML2

/// libxml2, loaded the first time a page or feed is parsed (see `folio_libxml2_load` in the
/// shim): its functions, or why it could not be loaded.
enum LibXML2 {
    /// The library's file name, as the dynamic loader looks it up.
    #if canImport(Darwin)
    static let libraryName = "libxml2.2.dylib"
    #else
    static let libraryName = "libxml2.so.2"
    #endif

    /// libxml2's functions, or the reason it could not be loaded; loaded once, on first use.
    static let loaded: Result<Functions, Unavailable> = load(libraryName)

    /// libxml2's functions, nil when it could not be loaded.
    static var functions: UnsafePointer<folio_libxml2>? { try? loaded.get().table }

    /// A loaded library's table of functions. It is written once, before it is shared, and
    /// never freed, so any thread may call through it.
    struct Functions: @unchecked Sendable {
        let table: UnsafePointer<folio_libxml2>
    }

    /// Why libxml2 could not be loaded, e.g. `libxml2.so.2: cannot open shared object file`.
    struct Unavailable: Error, Equatable {
        let reason: String
    }

    /// Loads the library named `name` and looks up folio's functions in it. Each call that
    /// succeeds makes a table that lives as long as the process: `loaded` is the one folio uses.
    static func load(_ name: String) -> Result<Functions, Unavailable> {
        var error: UnsafePointer<CChar>?
        guard let table = folio_libxml2_load(name, &error) else {
            return .failure(Unavailable(reason: error.map { String(cString: $0) } ?? "\(name): not loaded"))
        }
        return .success(Functions(table: table))
    }
}
