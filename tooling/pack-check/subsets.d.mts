export declare const SUBSETS: ReadonlyArray<{ name: string; install: string[]; smoke: string }>;
