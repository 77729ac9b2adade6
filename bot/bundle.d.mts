/** Types of bot/bundle.mjs (plain JavaScript, so that it runs before anything is compiled). */
export declare const ROOT: string;
export declare const BUNDLE: string;
export declare function bundleIsCurrent(): boolean;
export declare function buildBundle(): Promise<{ inputs: number }>;
export declare function removeBundle(): Promise<void>;
