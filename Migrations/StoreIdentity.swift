/// Constants that mark a SQLite file as a Strata store.
public enum StoreIdentity {
    /// Written to `PRAGMA application_id` ("STRA" in ASCII) so tools such as `file` and Strata
    /// itself can tell a Strata store from any other SQLite database.
    public static let applicationID: Int32 = 0x5354_5241
}
