/** The parts of a CDP Profiler profile the summaries read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas?: number[];
}
export declare const SAMPLE_US: number;
export declare const GAPS: string;
export declare function topSelfTime(cpu: CpuProfile, limit?: number, per?: number): string[];
export declare function selfTimeByFile(cpu: CpuProfile, limit?: number, per?: number): string[];
