/**
 * The one data layer of the web apps (issue 19, code health): TanStack Query over `vraag` with
 * the generated typed documents. It caches per operation and variables, drops stale answers of
 * a page that was left (no hand-written "still current?" flags), and shares one request when two
 * components ask the same. The cache is emptied when the session changes (sign-in, sign-out,
 * another tab), so one person never sees another's data.
 */
import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type GetypeerdDocument, vraag } from './api';
import { bijWijziging } from './sessie';

export const queryClient = new QueryClient({
  defaultOptions: {
    // Errors are shown in Dutch at once (fouten.ts); a retry would only make people wait.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

bijWijziging(() => queryClient.clear());

/** The operation's name ("BuurtportaalMijnAanmeldingen"), the first part of its cache key. */
export function operatienaam(document: GetypeerdDocument<unknown, never>): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

/**
 * Reads a query; `data` is undefined while loading or after an error. With `behoudVorige` the
 * previous answer stays in view while other variables load (a filter that changes).
 */
export function useVraag<T, V>(
  document: GetypeerdDocument<T, V>,
  variabelen?: V,
  opties: { enabled?: boolean; behoudVorige?: boolean } = {},
) {
  return useQuery({
    queryKey: [operatienaam(document as GetypeerdDocument<unknown, never>), variabelen ?? null],
    queryFn: () => vraag(document, variabelen),
    enabled: opties.enabled,
    placeholderData: opties.behoudVorige ? keepPreviousData : undefined,
  });
}

/** Sends a mutation; afterwards the queries named in `ververs` are read again. */
export function useWijziging<T, V>(document: GetypeerdDocument<T, V>, ververs: Array<GetypeerdDocument<unknown, never>> = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variabelen: V) => vraag(document, variabelen),
    onSuccess: async () => {
      await Promise.all(ververs.map((d) => client.invalidateQueries({ queryKey: [operatienaam(d)] })));
    },
  });
}
