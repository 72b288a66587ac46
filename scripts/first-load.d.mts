export declare function firstLoadFiles(html: string): string[];
export declare function firstLoadBytes(dist: string): {
  files: { file: string; gzip: number }[];
  total: number;
};
