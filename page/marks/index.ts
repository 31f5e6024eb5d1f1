// Marks and hover cards in the article (issue 6). The app calls startMarks once per WIC page.
export { startMarks, type MarksController, type MarksOptions, type MarksSettings, type MarksStats } from './controller';
export { HIGHLIGHT_NAMES, MARK_TAG } from './styles';
