/// The screen FolioUI renders into (`ScreenBuffer`, `Cell`, `Rect`) and the keys its key map
/// reads (`Key`) are part of its own interface: whoever imports FolioUI has them too.
@_exported import Screen
