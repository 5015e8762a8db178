import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const created: string[] = [];

/** A throwaway home folder with `.aws/config` and `.aws/credentials`, and an env that points at it. */
export interface TempAwsHome {
  home: string;
  configFile: string;
  credentialsFile: string;
  /** `HOME` set to the folder; IMDS disabled so nothing reaches 169.254.169.254 unless a test asks for it. */
  env: Record<string, string>;
  /** Writes another file into the folder and returns its path. */
  write(name: string, content: string, mode?: number): string;
}

/** Creates a temp home folder with the given shared files (omitted files are not created). */
export function tempAwsHome(files: { config?: string; credentials?: string } = {}): TempAwsHome {
  const home = mkdtempSync(join(tmpdir(), "lesm-aws-"));
  created.push(home);
  mkdirSync(join(home, ".aws"));
  const configFile = join(home, ".aws", "config");
  const credentialsFile = join(home, ".aws", "credentials");
  if (files.config !== undefined) writeFileSync(configFile, files.config);
  if (files.credentials !== undefined) writeFileSync(credentialsFile, files.credentials);
  return {
    home,
    configFile,
    credentialsFile,
    env: { HOME: home, AWS_EC2_METADATA_DISABLED: "true" },
    write(name, content, mode) {
      const path = join(home, name);
      writeFileSync(path, content, { mode });
      return path;
    },
  };
}

/** Removes every folder `tempAwsHome` created in this test file. */
export function removeTempAwsHomes(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
