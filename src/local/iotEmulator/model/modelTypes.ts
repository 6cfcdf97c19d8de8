import type { OperationName } from './operationNames';

/** A reference from a structure member, list, or map to another shape. */
export interface ShapeRef {
  shape: string;
}

/** A structure member: its shape and, for URI labels and query parameters, where it travels. */
export interface MemberRef extends ShapeRef {
  location?: 'uri' | 'querystring' | 'header';
  locationName?: string;
}

/** A shape of the model with the constraints the service framework enforces. */
export interface ModelShape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'boolean' | 'timestamp';
  members?: Record<string, MemberRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  /** Length (strings, lists, maps) or value (numbers) bounds, inclusive. */
  min?: number;
  max?: number;
  /** A Java regular expression, not anchored (the framework full-matches it). */
  pattern?: string;
  enum?: string[];
}

/** The operations the emulator serves and every shape their inputs reach. */
export interface IotModel {
  operations: Record<OperationName, { method: string; requestUri: string; input: string }>;
  shapes: Record<string, ModelShape>;
}
