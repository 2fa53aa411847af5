import { describe, expect, it } from 'vitest';
import { defaultExportVersion } from './default-version';

const av = (...vs: string[]) => vs.map((v) => ({ apiVersion: v.includes('/') ? v : `networking.istio.io/${v}` }));

describe('defaultExportVersion', () => {
  it('picks the most common Istio version', () => {
    expect(defaultExportVersion(av('v1alpha3', 'v1alpha3', 'v1beta1'))).toBe('v1alpha3');
    expect(defaultExportVersion(av('v1beta1'))).toBe('v1beta1');
  });

  it('breaks ties toward the newer version', () => {
    expect(defaultExportVersion(av('v1alpha3', 'v1beta1'))).toBe('v1beta1');
    expect(defaultExportVersion(av('v1', 'v1alpha3'))).toBe('v1');
  });

  it('falls back to v1 without Istio resources, ignoring other groups and unknown versions', () => {
    expect(defaultExportVersion([])).toBe('v1');
    expect(defaultExportVersion(av('apps/v1', 'example.com/v1alpha3', 'v2', 'networking.istio.io'))).toBe('v1');
  });
});
