// The public surface of this lib: other libs, apps, tools and tests import from here only.
export { PEOPLE, PeopleDirectory } from './people-directory.js';
