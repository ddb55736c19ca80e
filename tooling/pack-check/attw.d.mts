export function checkTypes(tarball: string): void;
