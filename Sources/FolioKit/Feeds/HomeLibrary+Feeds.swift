/// The home library's feeds: `subscriptions.json` and the items under `feeds/`.
///
/// ```
/// $XDG_DATA_HOME/folio/
///   subscriptions.json        the subscriptions and their fetch state (SubscriptionFile)
///   feeds/FOLDER/Title.xml    one file per item (FeedItemDocument), FOLDER per subscription
///   feeds/FOLDER/.items.json  the items' identities (FeedItemFolder)
///   .lock                     held while subscriptions or items change (LibraryLock)
/// ```
extension HomeLibrary {
    /// The subscription file.
    public var subscriptions: SubscriptionFile { SubscriptionFile(path: folder + "/subscriptions.json") }

    /// The folder of the subscriptions' item folders.
    public var feedsFolder: String { folder + "/feeds" }

    /// The item folder of `subscription`.
    public func items(of subscription: Subscription) -> FeedItemFolder {
        FeedItemFolder(feedsFolder + "/" + subscription.folder)
    }

    /// A folder name for a new subscription called `name`, free among `taken`: the name made
    /// safe for a file name (`SavedPageName`), numbered when taken.
    public static func folderName(for name: String, taken: Set<String>) -> String {
        let stem = SavedPageName.stem(forTitle: name, maximumBytes: 80)
        var number = 1
        while true {
            let candidate = number == 1 ? stem : "\(stem) \(number)"
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }
}
