'use client';
import { createContext, useContext } from 'react';
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import type { FormEdit } from '@/lib/yaml/edit';

export interface FormContextValue {
  resource: IstioResource;
  diagnostics: Diagnostic[];
  readOnly: boolean;
  onEdit: (edit: FormEdit) => void;
}

const FormContext = createContext<FormContextValue | null>(null);

export const FormProvider = FormContext.Provider;

/** The resource form's shared state: the resource, its diagnostics, read-only mode and the edit callback. */
export function useForm(): FormContextValue {
  const v = useContext(FormContext);
  if (!v) throw new Error('useForm outside <ResourceForm>');
  return v;
}
