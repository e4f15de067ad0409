import CNcursesw
import FolioUI
