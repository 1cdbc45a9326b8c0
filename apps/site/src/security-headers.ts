/**
 * The citizens' pages' browser-security headers, defined once in libs/shared: the generated nginx
 * server blocks send the same values for the files nginx serves itself. Loaded by path, not
 * through @zhanqun/shared's index, which would bring the database and Redis clients into the
 * static server.
 */
export { PAGE_SECURITY_HEADERS, PLATFORM_PAGE_SECURITY_HEADERS } from '../../../libs/shared/src/http/security-headers';
