// The member tags room: the list of an organization's tags, what the tag ids elsewhere stand for.
export { addMemberTags as addMemberTagList } from './list.js';
