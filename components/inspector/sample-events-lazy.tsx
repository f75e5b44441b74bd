'use client';
import dynamic from 'next/dynamic';

/** The sample events view, loaded when an inspector first shows one (lib/events stays out of the first load). */
export const LazySampleEvents = dynamic(() => import('./sample-events').then((m) => m.SampleEvents), { ssr: false });
