import FolioKit
