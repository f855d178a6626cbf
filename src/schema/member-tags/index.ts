// The member tags room: an organization's tags (at the root and on `Organization`), what the tag ids elsewhere stand for.
export { addMemberTags as addMemberTagsRoom } from './list.js';
