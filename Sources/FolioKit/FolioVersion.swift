/// folio's version: what `folio --version` prints, what the manual page names, and what folio
/// says it is to the servers it fetches from (`folio/VERSION`).
public enum FolioVersion {
    /// The version, as `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
